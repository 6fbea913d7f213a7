// Mend in WebKitGTK's MiniBrowser (Safari's engine), through WebKitWebDriver on Xvfb. See suite.mjs.
import { engineSuite } from './suite.mjs';

engineSuite('webkit');

// Mend in Firefox ESR, through geckodriver. See suite.mjs.
import { engineSuite } from './suite.mjs';

engineSuite('firefox');

import { defineFuzzSuite } from './helpers/fuzz.ts';

defineFuzzSuite(300);

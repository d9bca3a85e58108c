import { defineFuzzSuite } from '../server/helpers/fuzz.ts';

defineFuzzSuite(10_000);

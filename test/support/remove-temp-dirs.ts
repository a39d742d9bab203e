// Vitest setup file (runs in every test file): the file's temporary folders go when its tests are done.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.js';

afterAll(removeTempDirs);

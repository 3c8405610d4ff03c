#!/usr/bin/env node
import { cli } from './cli.js';
import { processIo } from './io.js';

process.exitCode = await cli(process.argv.slice(2), processIo);

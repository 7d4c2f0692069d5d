/**
 * One worker thread of `candor check --jobs N`: checkBatch on every batch it receives,
 * answered in order. Settings come once, with the worker's start, as the main thread
 * validated them (parsing them again here cost each thread zod's first-parse setup).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineSettings } from '../engine/settings';
import { checkBatch, type CheckBatch } from './check-batch';

const { settings } = workerData as { settings: EngineSettings };
parentPort?.on('message', (batch: CheckBatch) => parentPort?.postMessage(checkBatch(batch, settings)));

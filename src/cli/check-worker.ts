/**
 * One worker thread of `candor check --jobs N`: checkBatch on every batch it receives,
 * answered in order. Settings come once, with the worker's start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EngineSettingsSchema } from '../engine/settings';
import { checkBatch, type CheckBatch } from './check-batch';

const settings = EngineSettingsSchema.parse({ sensitivity: (workerData as { sensitivity: unknown }).sensitivity });
parentPort?.on('message', (batch: CheckBatch) => parentPort?.postMessage(checkBatch(batch, settings)));

import { startMachineStandIn } from '../../support/mt-stand-in.ts';

/*
 * The machine translation server of the end-to-end runs (started by playwright.config.ts): the
 * OpenAI-compatible stand-in on loopback, answering each segment with 机器译文：<its English>.
 * Tests switch it to failing or slow with `POST /mode`.
 */
const port = Number(process.env.E2E_MT_PORT);
const standIn = await startMachineStandIn((source) => `机器译文：${source.trim()}`, port);
console.log(`machine translation stand-in on ${standIn.url}`);

import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { Warehouse } from './lib/app/warehouse.svelte.ts';
import { createBrowserEngine } from './lib/engine/browser-engine.ts';

// The engine starts loading at once and never blocks the first paint.
const warehouse = new Warehouse(createBrowserEngine);
warehouse.ready.catch(() => undefined); // shown by the app, not an unhandled rejection

mount(App, { target: document.getElementById('app')!, props: { warehouse } });

// For diagnostics in DevTools and for the browser tests: the same warehouse the page uses
// (anything that can run script here could reach it anyway).
(globalThis as { __zhanggui?: unknown }).__zhanggui = { warehouse };

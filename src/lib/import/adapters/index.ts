import type { ReportAdapter } from '../report.ts';
import { taobaoOrders } from './taobao-orders.ts';

/** Every report the app can import; detection scores a file's header against each. */
export const ADAPTERS: ReportAdapter[] = [taobaoOrders];

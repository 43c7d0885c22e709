// A minimal, fast Taobao 订单报表 (ExportOrderList….csv) generator for the benchmark: the real
// 62-column header, CRLF, `="…"` ids, Chinese titles and addresses, amounts with two decimals.
// Stand-in until scripts/samples/taobao-orders.ts exists; scripts/bench/data.ts prefers that one.
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

// prettier-ignore
export const TAOBAO_ORDER_HEADER = [
  '订单编号', '买家会员名', '买家支付宝账号', '支付单号', '支付详情', '买家应付货款', '买家应付邮费',
  '买家支付积分', '总金额', '返点积分', '买家实际支付金额', '买家实际支付积分', '订单状态', '买家留言',
  '收货人姓名', '收货地址 ', '运送方式', '联系电话 ', '联系手机', '订单创建时间', '订单付款时间 ',
  '宝贝标题 ', '宝贝种类 ', '物流单号 ', '物流公司', '订单备注', '宝贝总数量', '店铺Id', '店铺名称',
  '订单关闭原因', '卖家服务费', '买家服务费', '发票抬头', '是否手机订单', '分阶段订单信息',
  '特权订金订单id', '是否上传合同照片', '是否上传小票', '是否代付', '定金排名', '修改后的sku',
  '修改后的收货地址', '异常信息', '天猫卡券抵扣', '集分宝抵扣', '是否是O2O交易', '新零售交易类型',
  '新零售导购门店名称', '新零售导购门店id', '新零售发货门店名称', '新零售发货门店id', '退款金额',
  '预约门店', '确认收货时间', '打款商家金额', '含应开票给个人的个人红包', '是否信用购', '体验期结束时间',
  '前N有礼', '配送类型', '主订单编号', '发货时间',
];

export interface TaobaoCsvOptions {
  rows: number;
  encoding: 'gbk' | 'utf-8';
  seed?: number;
}

// prettier-ignore
const PRODUCTS: [string, number][] = [
  ['栖木 北欧风台灯', 100], ['栖木 实木边几', 259], ['栖木 亚麻抱枕', 49], ['栖木 羊毛地毯 160×230', 899],
  ['栖木 胡桃木书架', 1299], ['栖木 陶瓷花瓶 大号', 129], ['栖木 香薰蜡烛 雪松', 69], ['栖木 落地灯 可调光', 459],
  ['栖木 棉麻窗帘 遮光', 329], ['栖木 记忆棉靠垫', 89], ['栖木 橡木餐椅', 699], ['栖木 藤编收纳筐 三件套', 159],
  ['栖木 装饰挂画 山水', 219], ['栖木 玻璃果盘', 59], ['栖木 床头柜 白橡', 499], ['栖木 珊瑚绒毯 冬季加厚', 199],
];
// prettier-ignore
const PROVINCES = [
  '浙江省 杭州市 西湖区', '广东省 深圳市 南山区', '上海 上海市 浦东新区', '北京 北京市 朝阳区', '江苏省 南京市 鼓楼区',
  '四川省 成都市 武侯区', '湖北省 武汉市 洪山区', '山东省 青岛市 市南区', '福建省 厦门市 思明区', '河南省 郑州市 金水区',
];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
];
const NICKS = ['花开半夏', '小明', '星河', '木子', '橘猫', '晴天', '鹿鸣', '阿福', 'tb_user', 'lucky'];
const ROADS = ['文三路', '科技园路', '人民路', '中山路', '解放路', '建设路'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;
function fmtTime(ms: number): string {
  const d = new Date(ms); // UTC fields stand for Beijing local time: the file has no zone
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
const money = (fen: number) => (fen / 100).toFixed(2);

/** One data line (no line end) for order number i. */
function orderLine(i: number, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const id = `="${3360000000000000000n + BigInt(i)}"`;
  const buyerNo = Math.floor(Math.pow(rnd(), 1.6) * 400_000);
  const buyer = `${NICKS[buyerNo % NICKS.length]}${buyerNo}`;
  const kinds = rnd() < 0.8 ? 1 : 2;
  let goods = 0;
  let qty = 0;
  const titles: string[] = [];
  for (let k = 0; k < kinds; k++) {
    const [title, yuan] = pick(PRODUCTS);
    const q = rnd() < 0.85 ? 1 : 2;
    titles.push(title);
    qty += q;
    goods += Math.round(yuan * 100 * q * (0.8 + rnd() * 0.2));
  }
  const postage = goods >= 9900 ? 0 : 1000;
  const total = goods + postage;
  const created = Date.UTC(2026, 0, 1) + Math.floor(rnd() * 320 * 86_400_000);
  const r = rnd();
  const status =
    r < 0.03
      ? '等待买家付款'
      : r < 0.1
        ? '交易关闭'
        : r < 0.16
          ? '买家已付款,等待卖家发货'
          : r < 0.26
            ? '卖家已发货,等待买家确认'
            : '交易成功';
  const paidNever = status === '等待买家付款' || (status === '交易关闭' && rnd() < 0.5);
  const paid = paidNever ? null : created + Math.floor(rnd() * 1_800_000);
  const shipped =
    paid !== null && !status.startsWith('买家已付款') ? paid + Math.floor(rnd() * 172_800_000) : null;
  const completed =
    status === '交易成功' && shipped !== null ? shipped + Math.floor(rnd() * 604_800_000) : null;
  const refund =
    paid !== null && status === '交易关闭'
      ? total
      : status === '交易成功' && rnd() < 0.04
        ? Math.round(goods * 0.3)
        : 0;
  const receiver = pick(SURNAMES) + pick(GIVEN);
  // prettier-ignore
  const cells = [
    id, buyer, `135****${String(buyerNo % 10_000).padStart(4, '0')}`, paid === null ? '' : `2026${10_000_000_000 + i}`,
    '支付方式：支付宝', money(goods), money(postage), '0', money(total), '0', money(paid === null ? 0 : total - refund), '0',
    status.includes(',') ? `"${status}"` : status, rnd() < 0.05 ? '周末送货' : '', receiver,
    `${pick(PROVINCES)} ${pick(ROADS)}${1 + Math.floor(rnd() * 300)}号`, '快递', '', `'138${String(buyerNo).padStart(8, '0')}`,
    fmtTime(created), paid === null ? '' : fmtTime(paid), titles.join('，'), String(kinds),
    shipped === null ? '' : `YT${7_000_000_000 + i}`, shipped === null ? '' : '圆通速递', '', String(qty), '57301234',
    '栖木家居旗舰店', status === '交易关闭' ? '买家不想买了' : '订单未关闭', '0', '0元', '', rnd() < 0.85 ? '手机订单' : '',
    '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
    money(refund), '', completed === null ? '' : fmtTime(completed), completed === null ? '' : `${money(total - refund)}元`,
    '', '', '', '', '', id, shipped === null ? '' : fmtTime(shipped),
  ];
  return cells.join(',');
}

/** Writes a header and rows order lines to path, in batches, with CRLF line ends. Deterministic
 * for a seed. Resolves the number of bytes written. */
export async function writeTaobaoOrderCsvFile(path: string, options: TaobaoCsvOptions): Promise<number> {
  const rnd = mulberry32(options.seed ?? 20261120);
  const encode = (text: string) =>
    options.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    bytes += writeSync(fd, encode(TAOBAO_ORDER_HEADER.join(',') + '\r\n'));
    const batch = 20_000;
    for (let start = 0; start < options.rows; start += batch) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(options.rows, start + batch); i++) lines.push(orderLine(i + 1, rnd));
      bytes += writeSync(fd, encode(lines.join('\r\n') + '\r\n'));
      await new Promise((resolve) => setImmediate(resolve)); // let timers (the watchdog) run
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

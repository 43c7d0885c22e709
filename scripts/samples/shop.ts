/** The demo shop 「栖木家居」: one home-goods and small-appliance brand selling the same products
 * on Taobao/Tmall, JD and Douyin. Products, SKUs with 商家编码, per-platform ids and titles. */
import type { Platform } from './calendar.ts';
import { Rng, hashSeed } from './prng.ts';

export const SHOP = {
  taobao: '栖木家居旗舰店',
  taobaoShopId: '173829401',
  jd: '栖木家居京东自营旗舰店',
  jdAccount: '栖木家居京东店',
  douyin: '栖木家居官方旗舰店',
  brand: '栖木',
  brandJd: '栖木（QIMU）',
};

export type Season = 'winter' | 'summer' | '';

export interface Product {
  code: string; // 货号 / 外部系统编号
  name: string;
  keywords: string;
  attr: string; // 颜色分类 / 规格 / 容量
  weight: number; // relative popularity
  season: Season;
  platforms: string; // t = taobao, j = jd, d = douyin
  launch: string; // first day on sale
  skus: Sku[];
}

export interface Sku {
  product: Product;
  code: string; // 商家编码
  variant: string;
  price: number; // 日常价 in fen
}

type Def = [
  code: string,
  name: string,
  keywords: string,
  attr: string,
  variants: string,
  yuan: number,
  weight: number,
  season: Season,
  on: string,
  launch?: string,
];

// variants: `名称` or `名称:加价`, separated by `|`.
const DEFS: Def[] = [
  [
    'QM1001',
    '电热水壶',
    '家用1.7L大容量304不锈钢自动断电烧水壶',
    '颜色分类',
    '奶白色|雾霾蓝|燕麦色',
    129,
    10,
    '',
    'tjd',
  ],
  ['QM1002', '迷你空气炸锅', '家用3.5L小型多功能无油电炸锅', '颜色分类', '奶白色|薄荷绿', 269, 9, '', 'tjd'],
  [
    'QM1003',
    '可视空气炸锅',
    '5L大容量透明窗口免翻面烤箱一体',
    '规格',
    '5L标准款|5L蒸汽款:60',
    399,
    6,
    '',
    'tjd',
  ],
  [
    'QM1004',
    '无雾加湿器',
    '卧室桌面静音大容量上加水香薰加湿',
    '颜色分类',
    '云白|岩灰',
    159,
    5,
    'winter',
    'tjd',
  ],
  ['QM1005', '香薰机', '超声波精油扩香器卧室助眠小夜灯', '颜色分类', '浅木纹|深木纹', 99, 4, '', 'td'],
  ['QM1006', '手持挂烫机', '家用小型便携蒸汽熨斗熨烫机', '颜色分类', '奶白色|樱花粉', 179, 5, '', 'tjd'],
  [
    'QM1007',
    '便携榨汁杯',
    '无线充电小型果汁杯家用迷你榨汁机',
    '颜色分类',
    '奶白|浅粉|抹茶绿|雾蓝',
    89,
    7,
    'summer',
    'tjd',
  ],
  [
    'QM1008',
    '多功能料理锅',
    '电火锅家用一体宿舍小电锅蒸煮炒',
    '规格',
    '3L单锅|3L带蒸笼:30',
    229,
    4,
    'winter',
    'tjd',
  ],
  ['QM1009', '养生壶', '1.5L全自动加厚玻璃煮茶器花茶壶', '颜色分类', '暖白|墨绿', 149, 5, 'winter', 'tjd'],
  ['QM1010', '电动磨豆机', '咖啡豆研磨机家用小型不锈钢刀头', '颜色分类', '黑色|白色', 139, 2, '', 't'],
  ['QM1011', '暖风机', '家用取暖器浴室速热节能电暖气', '规格', '立式款|桌面款:-40', 199, 6, 'winter', 'tjd'],
  [
    'QM1012',
    '桌面循环扇',
    '空气循环扇静音台式电风扇宿舍',
    '颜色分类',
    '奶白色|薄荷绿',
    159,
    6,
    'summer',
    'tjd',
  ],
  ['QM1013', '除螨仪', '家用床上吸尘器紫外线除螨机', '规格', '有线款|无线款:80', 249, 3, '', 'tj'],
  ['QM1014', '无线吸尘器', '家用大吸力手持立式吸尘器', '规格', '标准版|Pro版:200', 699, 3, '', 'tj'],
  ['QM1015', '电饭煲', '3L家用智能预约多功能小电饭锅', '颜色分类', '米白|深灰', 299, 4, '', 'tj'],
  ['QM1016', '早餐机', '三明治机家用多功能华夫饼轻食机', '颜色分类', '奶油白|牛油果绿', 169, 3, '', 'td'],
  ['QM1017', '电煮锅', '宿舍学生小电锅多功能煮面锅1.2L', '颜色分类', '白色|粉色', 79, 5, '', 'td'],
  ['QM1018', 'LED护眼台灯', '学生学习专用儿童书桌卧室床头灯', '规格', '充电款|插电款:-20', 199, 3, '', 't'],
  ['QM1019', '感应小夜灯', '人体感应LED卧室走廊充电灯', '规格', '单只装|3只装:50', 39, 4, '', 'td'],
  ['QM1020', '厨房电子秤', '家用烘焙食物称克数精准小型', '颜色分类', '白色|黑色', 49, 2, '', 't'],
  [
    'QM1021',
    '智能恒温水壶Pro',
    '316不锈钢温控保温电热水壶1.5L',
    '颜色分类',
    '月光白|远山灰',
    219,
    8,
    '',
    'tjd',
    '2026-09-15',
  ],
  ['QM2001', '实木砧板', '整木黑胡桃家用切菜板防霉', '规格', '中号|大号:30', 89, 3, '', 'td'],
  ['QM2002', '抽屉式收纳盒', '衣柜内衣袜子分格整理盒3只装', '规格', '3只装|6只装:55', 69, 5, '', 'td'],
  ['QM2003', '衣柜收纳箱', '布艺折叠整理箱衣物储物箱', '规格', '66L|90L:20', 59, 4, '', 'td'],
  ['QM2004', '真空压缩袋', '棉被衣物收纳袋免抽气8件套', '规格', '8件套|12件套:20', 45, 3, 'winter', 'td'],
  ['QM2005', '硅藻泥地垫', '浴室吸水速干防滑卫生间脚垫', '颜色分类', '浅灰|米白|雾蓝', 49, 3, '', 't'],
  ['QM2006', '香薰蜡烛礼盒', '无烟大豆蜡卧室香氛伴手礼', '规格', '白茶|雪松|无花果', 129, 4, '', 'td'],
  ['QM2007', '藤编脏衣篮', '手工编织大号浴室洗衣收纳筐', '规格', '中号|大号:30', 99, 1, '', 't'],
  ['QM2008', '陶瓷餐具套装', '釉下彩碗碟盘家用乔迁礼盒', '规格', '2人食|4人食:140', 259, 3, '', 't'],
  ['QM2009', '玻璃保鲜盒', '耐热微波炉加热饭盒带盖便当盒', '规格', '3件套|5件套:30', 79, 3, '', 't'],
  ['QM2010', '不锈钢晾衣架', '落地折叠阳台室内晒被架', '规格', '1.2米|1.6米:40', 119, 2, '', 't'],
  ['QM2011', '记忆棉枕头', '慢回弹护颈椎单人枕芯', '规格', '标准款|加高款:20', 159, 5, '', 'tjd'],
  ['QM2012', '全棉四件套', '纯棉床单被套1.8m床上用品', '规格', '1.5m床|1.8m床:40', 399, 3, '', 't'],
  ['QM2013', '法兰绒毛毯', '加厚珊瑚绒沙发盖毯午睡毯', '规格', '150x200|200x230:40', 139, 5, 'winter', 'tjd'],
  ['QM2014', '冰丝凉席', '可水洗空调软席三件套', '规格', '1.5m床|1.8m床:30', 199, 5, 'summer', 'tjd'],
  ['QM2015', '浴室置物架', '免打孔卫生间壁挂收纳架', '规格', '单层|双层:30', 59, 3, '', 't'],
  ['QM2016', '桌面收纳架', '办公桌书桌置物架多层整理', '颜色分类', '原木色|白色', 49, 2, '', 't'],
  ['QM2017', '保温杯', '316不锈钢大容量便携水杯', '颜色分类', '奶白|燕麦|雾灰', 99, 4, 'winter', 'tjd'],
  ['QM2018', '无痕粘钩', '强力免打孔厨房挂钩10只装', '规格', '10只装|20只装:10', 19, 3, '', 'td'],
  ['QM2019', '懒人沙发', '单人豆袋卧室小户型榻榻米', '颜色分类', '燕麦色|雾蓝色', 459, 0.4, '', 't'],
  ['QM2020', '北欧落地灯', '客厅卧室立式氛围灯', '规格', '暖光|三色调光:40', 329, 0.3, '', 'tj'],
  ['QM2021', '玻璃密封罐', '厨房五谷杂粮储物罐3只装', '规格', '3只装|6只装:35', 39, 3, '', 'td'],
];

export const PRODUCTS: Product[] = DEFS.map(
  ([code, name, keywords, attr, variants, yuan, weight, season, on, launch]) => {
    const product: Product = {
      code,
      name,
      keywords,
      attr,
      weight,
      season,
      platforms: on,
      launch: launch ?? '',
      skus: [],
    };
    product.skus = variants.split('|').map((v, i) => {
      const [variant, delta = '0'] = v.split(':');
      return {
        product,
        code: `${code}-${String(i + 1).padStart(2, '0')}`,
        variant,
        price: (yuan + Number(delta)) * 100,
      };
    });
    return product;
  },
);

/** Demand multiplier of a product in a month (1–12): heaters in winter, fans in summer. */
export function seasonFactor(season: Season, month: number): number {
  if (season === 'winter') return [11, 12, 1, 2].includes(month) ? 2.2 : [10, 3].includes(month) ? 1 : 0.15;
  if (season === 'summer') return [6, 7, 8].includes(month) ? 2.5 : [5, 9].includes(month) ? 1 : 0.1;
  return 1;
}

export interface Listing {
  platform: Platform;
  product: Product;
  itemId: string; // Taobao 商品ID / Douyin 商品ID (JD: the SPU)
  title: string;
  skuIds: string[]; // JD SKU ids, one per SKU; elsewhere unused
  weight: number;
}

const DOUYIN_TAGS = ['主播推荐', '直播专享', '爆款', '新品', '官方正品'];

function titleFor(platform: Platform, p: Product, rng: Rng): string {
  if (platform === 'taobao') return `${SHOP.brand}${p.name}${p.keywords}`;
  if (platform === 'jd') return `${SHOP.brandJd}${p.name} ${p.keywords}`;
  return `【${rng.pick(DOUYIN_TAGS)}】${SHOP.brand}${p.name}${p.keywords}`;
}

const LETTER: Record<Platform, string> = { taobao: 't', jd: 'j', douyin: 'd' };

function buildListings(platform: Platform): Listing[] {
  const rng = new Rng(hashSeed('listings', platform));
  return PRODUCTS.filter((p) => p.platforms.includes(LETTER[platform])).map((product) => ({
    platform,
    product,
    itemId:
      platform === 'taobao'
        ? '7' + rng.digits(11)
        : platform === 'jd'
          ? '10' + rng.digits(9)
          : '36' + rng.digits(17),
    title: titleFor(platform, product, rng),
    skuIds: product.skus.map(() => '100' + rng.digits(9)),
    weight: product.weight * rng.range(0.6, 1.4),
  }));
}

export const LISTINGS: Record<Platform, Listing[]> = {
  taobao: buildListings('taobao'),
  jd: buildListings('jd'),
  douyin: buildListings('douyin'),
};

/** How likely an order on `day` picks this listing: popularity × season × a launch boost. */
export function listingWeight(l: Listing, day: string): number {
  const launch = l.product.launch;
  if (launch && launch > day) return 0;
  const fresh = launch && Date.parse(day) - Date.parse(launch) < 30 * 86_400_000 ? 1.5 : 1;
  return l.weight * seasonFactor(l.product.season, Number(day.slice(5, 7))) * fresh;
}

/** JD's name for one SKU: the title plus the variant. */
export function jdSkuName(listing: Listing, sku: Sku): string {
  return `${listing.title} ${sku.variant}`;
}

/** `颜色分类：奶白色` */
export function skuText(sku: Sku): string {
  return `${sku.product.attr}：${sku.variant}`;
}

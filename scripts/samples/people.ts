/** Fake buyers: realistic-looking but invented names, phones and addresses. A buyer is an index;
 * everything about them is derived from (platform, index), so repeat buyers look the same on
 * every order and nothing has to be kept in memory (a million-order export stays cheap). */
import type { Platform } from './calendar.ts';
import { Rng, hashSeed } from './prng.ts';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建林波宇浩凯晨欣怡梓涵子轩雨萱一诺思远佳琪嘉怡晓婷文博俊杰雅静梦琪心怡子墨宇航',
];
const NICK_WORDS = [
  '小鱼儿',
  '江南烟雨',
  '木子李',
  '阳光心情',
  '猫咪爱吃鱼',
  '小幸运',
  '追风少年',
  '柠檬不萌',
  '半夏微凉',
  '西瓜太郎',
  '云朵棉花糖',
  '晴天娃娃',
  '橘子汽水',
  '慢慢生活家',
  '北海的鲸',
  '芒果布丁',
  '一只小考拉',
  '不吃香菜',
  '风吹麦浪',
  '懒羊羊',
];
const LATIN = [
  'lily',
  'amy',
  'jason',
  'coco',
  'sunny',
  'tony',
  'kiki',
  'leo',
  'mia',
  'echo',
  'vivian',
  'kevin',
];
const MAIL = ['163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com'];
const PHONE_PREFIX = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '175',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

/** province, weight, postage zone (1 = remote), [city, zip prefix, districts] */
type City = [name: string, zip: string, districts: string];
const PROVINCES: [string, number, number, City[]][] = [
  [
    '广东省',
    12,
    0,
    [
      ['广州市', '510', '天河区|海珠区|越秀区|番禺区'],
      ['深圳市', '518', '南山区|福田区|宝安区|龙岗区'],
      ['东莞市', '523', '南城街道|东城街道|长安镇'],
    ],
  ],
  [
    '浙江省',
    9,
    0,
    [
      ['杭州市', '310', '西湖区|滨江区|余杭区|拱墅区'],
      ['宁波市', '315', '鄞州区|海曙区|江北区'],
      ['温州市', '325', '鹿城区|瓯海区'],
    ],
  ],
  [
    '江苏省',
    9,
    0,
    [
      ['南京市', '210', '建邺区|鼓楼区|江宁区|玄武区'],
      ['苏州市', '215', '姑苏区|工业园区|吴中区'],
      ['无锡市', '214', '梁溪区|滨湖区'],
    ],
  ],
  ['上海', 6, 0, [['上海市', '200', '浦东新区|徐汇区|闵行区|静安区|杨浦区']]],
  ['北京', 5, 0, [['北京市', '100', '朝阳区|海淀区|丰台区|西城区|通州区']]],
  [
    '山东省',
    6,
    0,
    [
      ['济南市', '250', '历下区|市中区|槐荫区'],
      ['青岛市', '266', '市南区|崂山区|黄岛区'],
    ],
  ],
  [
    '四川省',
    5,
    0,
    [
      ['成都市', '610', '武侯区|锦江区|高新区|青羊区'],
      ['绵阳市', '621', '涪城区|游仙区'],
    ],
  ],
  ['湖北省', 4, 0, [['武汉市', '430', '洪山区|江汉区|武昌区|汉阳区']]],
  [
    '福建省',
    4,
    0,
    [
      ['福州市', '350', '鼓楼区|仓山区'],
      ['厦门市', '361', '思明区|湖里区|集美区'],
    ],
  ],
  ['河南省', 4, 0, [['郑州市', '450', '金水区|二七区|中原区']]],
  ['湖南省', 3, 0, [['长沙市', '410', '岳麓区|雨花区|开福区']]],
  ['安徽省', 3, 0, [['合肥市', '230', '蜀山区|包河区|庐阳区']]],
  ['陕西省', 2, 0, [['西安市', '710', '雁塔区|未央区|碑林区']]],
  ['天津', 2, 0, [['天津市', '300', '南开区|河西区|和平区']]],
  ['重庆', 2, 0, [['重庆市', '400', '渝北区|江北区|九龙坡区']]],
  [
    '辽宁省',
    2,
    0,
    [
      ['沈阳市', '110', '和平区|浑南区'],
      ['大连市', '116', '沙河口区|甘井子区'],
    ],
  ],
  ['云南省', 1, 0, [['昆明市', '650', '五华区|盘龙区']]],
  ['新疆维吾尔自治区', 0.5, 1, [['乌鲁木齐市', '830', '天山区|沙依巴克区']]],
  ['西藏自治区', 0.2, 1, [['拉萨市', '850', '城关区']]],
];
const PROVINCE_TOTAL = PROVINCES.reduce((s, p) => s + p[1], 0);
const ROADS = [
  '文三路',
  '中山路',
  '人民路',
  '建设路',
  '解放路',
  '科技路',
  '长江路',
  '学院路',
  '新华路',
  '滨江大道',
  '世纪大道',
  '和平路',
];
const ESTATES = [
  '阳光花园',
  '翠苑',
  '金色家园',
  '万科城',
  '绿地小区',
  '紫荆公寓',
  '锦绣华庭',
  '春晓苑',
  '碧桂园',
  '保利花园',
];

export interface Person {
  nick: string; // Taobao 会员名
  alipay: string;
  jdAccount: string;
  name: string;
  phone: string;
  landline: string;
  province: string;
  city: string;
  district: string;
  street: string; // 街道 (Douyin's separate column)
  detail: string; // road, estate, building, room
  zip: string;
  remote: boolean; // pays extra postage
}

const cache: Record<Platform, Map<number, Person>> = { taobao: new Map(), jd: new Map(), douyin: new Map() };

/** The buyer `index` of `platform` (memoised; the cache is dropped when it grows past 100k). */
export function person(platform: Platform, index: number): Person {
  const byIndex = cache[platform];
  let p = byIndex.get(index);
  if (!p) {
    if (byIndex.size >= 100_000) byIndex.clear();
    byIndex.set(index, (p = makePerson(platform, index)));
  }
  return p;
}

function makePerson(platform: Platform, index: number): Person {
  const r = new Rng(hashSeed('person', platform, index));
  const surname = r.pick(SURNAMES);
  const given = r.chance(0.35) ? r.pick(GIVEN) : r.pick(GIVEN) + r.pick(GIVEN);
  const phone = r.pick(PHONE_PREFIX) + r.digits(8);
  const style = r.int(0, 3);
  const nick =
    style === 0
      ? `tb${100000000 + index * 7919}`
      : style === 1
        ? `${r.pick(NICK_WORDS)}${index + 1000}`
        : style === 2
          ? `${r.pick(LATIN)}_${index + 100}`
          : `t_${1500000000000 + index * 37}`;
  let x = r.float() * PROVINCE_TOTAL;
  let prov = PROVINCES[0];
  for (const p of PROVINCES) {
    x -= p[1];
    if (x < 0) {
      prov = p;
      break;
    }
  }
  const [city, zipPrefix, districts] = r.pick(prov[3]);
  const street = `${r.pick(['城东', '城西', '新城', '中心', '南湖', '北苑'])}街道`;
  const detail = `${r.pick(ROADS)}${r.int(1, 399)}号${r.pick(ESTATES)}${r.int(1, 30)}栋${r.int(1, 4)}单元${r.int(1, 32)}0${r.int(1, 4)}室`;
  return {
    nick,
    alipay: r.chance(0.5) ? phone : `${r.pick(LATIN)}${index + 10}@${r.pick(MAIL)}`,
    jdAccount: `jd_${(index * 2654435761 + 0x5bd1e995).toString(16).slice(-10)}${index.toString(36)}`,
    name: surname + given,
    phone,
    landline: `0${r.int(10, 99)}-${r.int(2, 8)}${r.digits(7)}`,
    province: prov[0],
    city,
    district: r.pick(districts.split('|')),
    street,
    detail,
    zip: zipPrefix + r.digits(3),
    remote: prov[2] === 1,
  };
}

/** Where each platform's orders come from: 生意参谋's source tree for Taobao, 抖店's 流量 fields for
 * Douyin, 订单来源/订单渠道 for JD. Every order gets one; the traffic and ad reports are built from them. */
import type { PhaseKind, Platform } from './calendar.ts';

export type SourceGroup = 'search' | 'feed' | 'content' | 'paid' | 'private' | 'external' | 'other';

export interface Source {
  platform: Platform;
  l1: string;
  l2: string;
  l3: string; // '-' when the source has no third level
  group: SourceGroup;
  cvr: number; // visitor → paid buyer
  newShare: number; // share of new visitors
  weight: number; // share of paid orders on a normal day
  ad: boolean; // paid traffic that the ad reports account for
  // Douyin only: the order export's 流量 fields.
  type?: string;
  genre?: string;
  affiliate?: boolean;
}

type TB = [
  l1: string,
  l2: string,
  l3: string,
  group: SourceGroup,
  cvr: number,
  newShare: number,
  weight: number,
];
const TAOBAO: TB[] = [
  ['淘内免费', '手淘搜索', '手淘搜索-商品及其他', 'search', 0.032, 0.62, 0.26],
  ['淘内免费', '手淘搜索', '手淘搜索-直播', 'search', 0.04, 0.55, 0.03],
  ['淘内免费', '手淘搜索', '手淘搜索-短视频', 'search', 0.02, 0.7, 0.02],
  ['淘内免费', '手淘推荐', '猜你喜欢', 'feed', 0.011, 0.75, 0.11],
  ['淘内免费', '手淘推荐', '购后推荐', 'feed', 0.015, 0.4, 0.03],
  ['淘内免费', '淘宝直播', '-', 'content', 0.045, 0.5, 0.05],
  ['淘内免费', '逛逛', '-', 'content', 0.008, 0.8, 0.02],
  ['淘内免费', '淘内待分类', '-', 'other', 0.02, 0.5, 0.03],
  ['付费流量', '万相台无界', '关键词推广', 'paid', 0.028, 0.68, 0.1],
  ['付费流量', '万相台无界', '精准人群推广', 'paid', 0.016, 0.72, 0.06],
  ['付费流量', '万相台无界', '全站推广', 'paid', 0.022, 0.6, 0.04],
  ['付费流量', '淘宝客', '-', 'paid', 0.03, 0.7, 0.01],
  ['自主访问', '购物车', '-', 'private', 0.14, 0.05, 0.09],
  ['自主访问', '我的淘宝', '已买到的宝贝', 'private', 0.09, 0.02, 0.05],
  ['自主访问', '店铺会员', '-', 'private', 0.07, 0.1, 0.03],
  ['自主访问', '直接访问', '-', 'private', 0.05, 0.3, 0.02],
  ['淘外流量', '淘外APP', '抖音', 'external', 0.008, 0.85, 0.01],
  ['淘外流量', '淘外APP', '微信', 'external', 0.01, 0.8, 0.01],
  ['淘外流量', '淘外网站', '-', 'external', 0.006, 0.85, 0.005],
];

type DY = [l1: string, type: string, genre: string, channel: string, group: SourceGroup, weight: number];
const DOUYIN: DY[] = [
  ['小店自卖', '自然流量', '直播', '直播间', 'content', 0.22],
  ['小店自卖', '广告流量', '直播', '直播间', 'paid', 0.16],
  ['小店自卖', '自然流量', '短视频', '短视频', 'content', 0.08],
  ['小店自卖', '广告流量', '短视频', '短视频', 'paid', 0.07],
  ['小店自卖', '自然流量', '商品卡', '搜索', 'search', 0.12],
  ['小店自卖', '自然流量', '商品卡', '抖音商城推荐', 'feed', 0.1],
  ['小店自卖', '自然流量', '商品卡', '店铺页', 'private', 0.05],
  ['精选联盟', '自然流量', '直播', '达人直播间', 'content', 0.14],
  ['精选联盟', '自然流量', '短视频', '达人短视频', 'content', 0.06],
];

type JD = [source: string, channel: string, weight: number];
const JD_SOURCES: JD[] = [
  ['移动端订单', '京东APP', 0.55],
  ['移动端订单', '暂无来源', 0.17],
  ['微信订单', '京东购物小程序', 0.1],
  ['PC订单', '暂无来源', 0.12],
  ['移动端订单', '京喜', 0.06],
];

export const SOURCES: Record<Platform, Source[]> = {
  taobao: TAOBAO.map(([l1, l2, l3, group, cvr, newShare, weight]) => ({
    platform: 'taobao',
    l1,
    l2,
    l3,
    group,
    cvr,
    newShare,
    weight,
    ad: l2 === '万相台无界',
  })),
  douyin: DOUYIN.map(([l1, type, genre, channel, group, weight]) => ({
    platform: 'douyin',
    l1,
    l2: channel,
    l3: '-',
    group,
    cvr: 0.03,
    newShare: 0.7,
    weight,
    ad: type === '广告流量',
    type,
    genre,
    affiliate: l1 === '精选联盟',
  })),
  jd: JD_SOURCES.map(([l1, l2, weight]) => ({
    platform: 'jd',
    l1,
    l2,
    l3: '-',
    group: 'other',
    cvr: 0.06,
    newShare: 0.6,
    weight,
    ad: false,
  })),
};

/** Source weights shift in campaigns: more paid traffic and cart checkouts on the big days,
 * fewer cart checkouts while buyers fill their carts in the preheat. */
export function sourceWeight(s: Source, kind: PhaseKind): number {
  let w = s.weight;
  const campaign = kind === 'wave' || kind === 'peak' || kind === 'launch';
  if (s.group === 'paid') w *= kind === 'preheat' ? 1.4 : campaign ? 1.3 : 1;
  if (s.l2 === '购物车') w *= kind === 'peak' ? 2.6 : campaign ? 1.8 : kind === 'preheat' ? 0.6 : 1;
  if (s.group === 'content' && campaign) w *= 1.3;
  return w;
}

/** 精选联盟 creators who sell the shop's products on Douyin. */
export const INFLUENCERS: [id: string, nick: string][] = [
  ['68123450917', '家居好物研究所'],
  ['70233619842', '小林的厨房日记'],
  ['59310277465', '阿May生活馆'],
  ['83021176530', '宿舍改造王'],
  ['61877402318', '居家小能手丽丽'],
];

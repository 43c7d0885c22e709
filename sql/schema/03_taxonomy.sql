-- Canonical source groups (DESIGN §3): 付费 paid, 搜索 organic search, 推荐 recommendation feed,
-- 内容 content (live, short video), 私域 private domain, 站外 external, 其他 other. Platforms name
-- sources freely, so the group is decided by keywords, paid first (a paid search click is paid).
CREATE OR REPLACE MACRO source_group_of(source, traffic_type) AS
  CASE
    WHEN coalesce(traffic_type, '') LIKE '%广告%'
      OR regexp_matches(coalesce(source, ''), '直通车|万相台|关键词推广|精准人群|引力魔方|千川|京准通|京东快车|京东直投|付费|广告|推广|超级')
      THEN '付费'
    WHEN regexp_matches(coalesce(source, ''), '搜索') THEN '搜索'
    WHEN regexp_matches(coalesce(source, ''), '直播|视频|逛逛|达人|内容|图文|种草') THEN '内容'
    WHEN regexp_matches(coalesce(source, ''), '推荐|猜你喜欢|首页|发现|频道') THEN '推荐'
    WHEN regexp_matches(coalesce(source, ''), '会员|粉丝|购物车|我的淘宝|收藏|客服|店铺|私域|老客|关注|直接访问|自主访问|已买到')
      THEN '私域'
    WHEN regexp_matches(coalesce(source, ''), '淘外|站外|外部|外投|微信|小程序|联盟') THEN '站外'
    ELSE '其他'
  END;

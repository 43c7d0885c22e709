-- Ad spend by day, channel, plan and promoted entity (DESIGN §3): 万相台 plan reports, 京准通
-- reports and 千川 全域 product reports. Key: (platform, shop, date, channel, plan_id, entity_id);
-- '' where a report has no such column. ROI is recomputed as gmv / spend, never averaged;
-- the platform's own figure is kept as reported_roi.
CREATE TABLE IF NOT EXISTS ad_spend_daily (
  platform      VARCHAR NOT NULL,
  shop          VARCHAR NOT NULL DEFAULT '',
  date          DATE NOT NULL,
  channel       VARCHAR NOT NULL,               -- wanxiangtai | jingzhuntong | qianchuan
  scene         VARCHAR,                        -- 场景 / 产品线
  plan_id       VARCHAR NOT NULL DEFAULT '',
  plan_name     VARCHAR,
  entity_id     VARCHAR NOT NULL DEFAULT '',    -- promoted product / SKU, when the report has one
  entity_name   VARCHAR,
  impressions   BIGINT,
  clicks        BIGINT,
  spend         DECIMAL(18, 2),
  gmv           DECIMAL(18, 2),                 -- attributed GMV (总成交金额 / 总订单金额 / 整体成交金额)
  orders        BIGINT,
  net_gmv       DECIMAL(18, 2),
  cart_adds     BIGINT,
  reported_roi  DOUBLE,
  source_file   VARCHAR,
  import_id     VARCHAR,
  imported_at   TIMESTAMP
);

-- Shop traffic by day and source (DESIGN §3), from 生意参谋 店铺来源. `source` is the platform's
-- own path (一级 / 二级 / 三级), `source_group` the canonical group. Key: (platform, shop, date,
-- source). Conversion is recomputed as paid_buyers / visitors; reported rates are kept apart.
CREATE TABLE IF NOT EXISTS traffic_daily (
  platform            VARCHAR NOT NULL,
  shop                VARCHAR NOT NULL DEFAULT '',
  date                DATE NOT NULL,
  source              VARCHAR NOT NULL,
  source_group        VARCHAR NOT NULL,
  source_l1           VARCHAR,
  source_l2           VARCHAR,
  source_l3           VARCHAR,
  visitors            BIGINT,
  new_visitors        BIGINT,
  order_buyers        BIGINT,
  order_amount        DECIMAL(18, 2),
  paid_buyers         BIGINT,
  paid_amount         DECIMAL(18, 2),
  add_cart_buyers     BIGINT,
  favorite_buyers     BIGINT,
  follow_shop_buyers  BIGINT,
  direct_paid_buyers  BIGINT,
  reported_conversion DOUBLE,
  source_file         VARCHAR,
  import_id           VARCHAR,
  imported_at         TIMESTAMP
);

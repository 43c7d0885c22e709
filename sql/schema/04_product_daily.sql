-- One product (or SKU) on one day, from 生意参谋 商品_全部 and 京东商智 商品明细 (DESIGN §3).
-- Key: (platform, shop, date, product_id); shop is '' when the report does not name it.
-- Rates are not stored as facts: they are recomputed from their parts (DESIGN §3b); the
-- platform's own figures are kept as reported_* for reconciliation.
CREATE TABLE IF NOT EXISTS product_daily (
  platform            VARCHAR NOT NULL,
  shop                VARCHAR NOT NULL DEFAULT '',
  date                DATE NOT NULL,
  product_id          VARCHAR NOT NULL,
  grain               VARCHAR,                  -- item | sku | spu
  product_name        VARCHAR,
  merchant_code       VARCHAR,
  visitors            BIGINT,
  page_views          BIGINT,
  avg_stay_seconds    DOUBLE,
  favorite_buyers     BIGINT,
  add_cart_buyers     BIGINT,
  add_cart_items      BIGINT,
  order_buyers        BIGINT,
  order_items         BIGINT,
  order_amount        DECIMAL(18, 2),
  paid_buyers         BIGINT,
  paid_items          BIGINT,
  paid_orders         BIGINT,
  paid_amount         DECIMAL(18, 2),
  new_paid_buyers     BIGINT,
  refund_amount       DECIMAL(18, 2),
  search_impressions  BIGINT,
  search_clicks       BIGINT,
  search_visitors     BIGINT,
  reported_conversion DOUBLE,
  reported_bounce     DOUBLE,
  source_file         VARCHAR,
  import_id           VARCHAR,
  imported_at         TIMESTAMP
);

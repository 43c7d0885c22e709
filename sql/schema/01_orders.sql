-- Orders and their lines, platform-neutral (DESIGN §3). Key: (platform, order_id) and
-- (platform, order_id, line_id); imports replace rows by key, so keys stay unique.
-- Personal data never lands here: the buyer is a salted hash, the address at most a province.
CREATE TABLE IF NOT EXISTS orders (
  platform        VARCHAR NOT NULL,          -- taobao | jd | douyin
  shop            VARCHAR,
  order_id        VARCHAR NOT NULL,
  status          VARCHAR NOT NULL,          -- created | paid | shipped | completed | closed | refunded
  status_raw      VARCHAR,
  created_at      TIMESTAMP,                 -- naive Asia/Shanghai local time
  paid_at         TIMESTAMP,                 -- NULL: never paid (never counts)
  shipped_at      TIMESTAMP,
  completed_at    TIMESTAMP,
  goods_amount    DECIMAL(18, 2),            -- goods after discounts, without postage
  postage         DECIMAL(18, 2),
  payable_amount  DECIMAL(18, 2),            -- goods after discounts + postage: what GMV sums
  refund_amount   DECIMAL(18, 2),
  item_qty        INTEGER,
  buyer_hash      VARCHAR,
  source          VARCHAR,                   -- the platform's own traffic/order source name
  source_group    VARCHAR,                   -- 付费 搜索 推荐 内容 私域 站外 其他 (see DESIGN §3)
  province        VARCHAR,
  is_mobile       BOOLEAN,
  source_file     VARCHAR,
  import_id       VARCHAR,
  imported_at     TIMESTAMP
);

CREATE TABLE IF NOT EXISTS order_items (
  platform        VARCHAR NOT NULL,
  order_id        VARCHAR NOT NULL,
  line_id         VARCHAR NOT NULL,          -- sub-order id, or a synthetic id when the export has none
  product_id      VARCHAR,
  sku_id          VARCHAR,
  title           VARCHAR,
  sku_text        VARCHAR,
  merchant_sku    VARCHAR,
  unit_price      DECIMAL(18, 2),
  quantity        INTEGER,
  line_amount     DECIMAL(18, 2),
  line_refund     DECIMAL(18, 2),
  status_raw      VARCHAR,
  source_file     VARCHAR,
  import_id       VARCHAR,
  imported_at     TIMESTAMP
);

-- view: kpi_daily
-- version: 1
-- title: 每日销售 | Daily sales
-- params: start_date DATE, end_date DATE, platforms VARCHAR
-- columns: date DATE, platform VARCHAR, gmv DECIMAL(38,2), paid_orders BIGINT, buyers BIGINT
-- reads: orders
-- GMV, paid orders and distinct buyers per payment day and platform; days without orders
-- are absent (the chart fills them). platforms: comma-separated codes, '' = all.
CREATE OR REPLACE MACRO kpi_daily(start_date, end_date, platforms) AS TABLE
SELECT
  paid_at::DATE AS date,
  platform,
  sum(payable_amount) AS gmv,
  count(*) AS paid_orders,
  count(DISTINCT buyer_hash) AS buyers
FROM orders
WHERE paid_at IS NOT NULL
  AND paid_at::DATE BETWEEN start_date::DATE AND end_date::DATE
  AND (platforms = '' OR list_contains(string_split(platforms, ','), platform))
GROUP BY ALL
ORDER BY date, platform;

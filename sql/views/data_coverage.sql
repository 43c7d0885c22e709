-- view: data_coverage
-- version: 1
-- title: 数据覆盖 | Data coverage
-- params:
-- columns: table_name VARCHAR, platform VARCHAR, row_count BIGINT, first_day DATE, last_day DATE, days BIGINT, missing_days BIGINT
-- reads: orders, product_daily, traffic_daily, ad_spend_daily
-- What the warehouse holds, per table and platform: rows, first and last day, and the days in
-- between that have no rows (gaps an analyst should fill by importing the missing export).
-- Orders count by the day they were placed.
CREATE OR REPLACE MACRO data_coverage() AS TABLE
WITH days AS (
  SELECT 'orders' AS table_name, platform, created_at::DATE AS day FROM orders
  UNION ALL SELECT 'product_daily', platform, date FROM product_daily
  UNION ALL SELECT 'traffic_daily', platform, date FROM traffic_daily
  UNION ALL SELECT 'ad_spend_daily', platform, date FROM ad_spend_daily
)
SELECT
  table_name,
  platform,
  count(*) AS row_count,
  min(day) AS first_day,
  max(day) AS last_day,
  count(DISTINCT day) AS days,
  (max(day) - min(day) + 1 - count(DISTINCT day))::BIGINT AS missing_days
FROM days
GROUP BY table_name, platform
ORDER BY list_position(['orders', 'product_daily', 'traffic_daily', 'ad_spend_daily'], table_name),
  list_position(['taobao', 'jd', 'douyin'], platform);

-- view: kpi_overview
-- version: 3
-- title: 核心指标 | Key metrics
-- params: start_date DATE, end_date DATE, platforms VARCHAR
-- columns: metric VARCHAR, current_value DOUBLE, previous_value DOUBLE
-- reads: orders, traffic_daily, ad_spend_daily
-- Every metric of DESIGN §3b for [start_date, end_date] and for the window of equal length
-- just before it, one row per metric. Orders count by payment date; never-paid orders never
-- count. Visitors and conversion come from the traffic reports, ad spend and ROI from the ad
-- reports; rates are recomputed from their parts. platforms: comma-separated codes, '' = all.
CREATE OR REPLACE MACRO kpi_overview(start_date, end_date, platforms) AS TABLE
WITH bounds AS (
  SELECT
    start_date::DATE AS cur_start,
    end_date::DATE AS cur_end,
    (start_date::DATE - (end_date::DATE - start_date::DATE + 1)::INTEGER)::DATE AS prev_start,
    (start_date::DATE - 1)::DATE AS prev_end
),
first_paid AS (
  SELECT platform, buyer_hash, min(paid_at)::DATE AS first_paid_on
  FROM orders
  WHERE paid_at IS NOT NULL AND buyer_hash IS NOT NULL
  GROUP BY platform, buyer_hash
),
tagged AS (
  SELECT
    o.*,
    CASE WHEN o.paid_at::DATE >= b.cur_start THEN 'current' ELSE 'previous' END AS period,
    CASE WHEN o.paid_at::DATE >= b.cur_start THEN b.cur_start ELSE b.prev_start END AS period_start
  FROM orders o, bounds b
  WHERE o.paid_at IS NOT NULL
    AND o.paid_at::DATE BETWEEN b.prev_start AND b.cur_end
    AND (platforms = '' OR list_contains(string_split(platforms, ','), o.platform))
),
per_period AS (
  SELECT
    p.period,
    coalesce(sum(t.payable_amount), 0)::DOUBLE AS gmv,
    count(t.order_id)::DOUBLE AS paid_orders,
    count(DISTINCT t.platform || ':' || t.buyer_hash)::DOUBLE AS buyers,
    coalesce(sum(t.refund_amount), 0)::DOUBLE AS refund_amount,
    count(t.shipped_at)::DOUBLE AS shipped,
    count(t.shipped_at) FILTER (WHERE t.shipped_at <= t.paid_at + INTERVAL 24 HOUR)::DOUBLE AS shipped_24h,
    count(DISTINCT t.platform || ':' || t.buyer_hash)
      FILTER (WHERE f.first_paid_on >= t.period_start)::DOUBLE AS new_buyers
  FROM (VALUES ('current'), ('previous')) p(period)
  LEFT JOIN tagged t ON t.period = p.period
  LEFT JOIN first_paid f ON f.platform = t.platform AND f.buyer_hash = t.buyer_hash
  GROUP BY p.period
),
reports AS (
  -- The traffic and ad reports' daily figures, summed per window (NULL when none were imported).
  SELECT
    p.period,
    sum(r.visitors)::DOUBLE AS visitors,
    sum(r.traffic_paid_buyers)::DOUBLE AS traffic_paid_buyers,
    sum(r.spend)::DOUBLE AS ad_spend,
    sum(r.ad_gmv)::DOUBLE AS ad_gmv
  FROM (VALUES ('current'), ('previous')) p(period)
  LEFT JOIN (
    SELECT r.*, CASE WHEN r.date >= b.cur_start THEN 'current' ELSE 'previous' END AS period
    FROM (
      SELECT platform, date, visitors, paid_buyers AS traffic_paid_buyers, NULL AS spend, NULL AS ad_gmv
      FROM traffic_daily
      UNION ALL
      SELECT platform, date, NULL, NULL, spend, gmv FROM ad_spend_daily
    ) r, bounds b
    WHERE r.date BETWEEN b.prev_start AND b.cur_end
      AND (platforms = '' OR list_contains(string_split(platforms, ','), r.platform))
  ) r ON r.period = p.period
  GROUP BY p.period
),
metrics AS (
  SELECT
    period,
    gmv,
    paid_orders,
    buyers,
    gmv / nullif(buyers, 0) AS aov,
    refund_amount,
    refund_amount / nullif(gmv, 0) AS refund_rate,
    gmv - refund_amount AS net_sales,
    shipped_24h / nullif(shipped, 0) AS ship_24h_rate,
    new_buyers / nullif(buyers, 0) AS new_buyer_share,
    reports.visitors,
    reports.traffic_paid_buyers / nullif(reports.visitors, 0) AS conversion_rate,
    reports.ad_spend,
    reports.ad_gmv / nullif(reports.ad_spend, 0) AS roi
  FROM per_period
  JOIN reports USING (period)
),
long AS (
  SELECT period, unnest([
    {'pos': 1, 'metric': 'gmv', 'value': gmv},
    {'pos': 2, 'metric': 'paid_orders', 'value': paid_orders},
    {'pos': 3, 'metric': 'buyers', 'value': buyers},
    {'pos': 4, 'metric': 'aov', 'value': aov},
    {'pos': 5, 'metric': 'refund_amount', 'value': refund_amount},
    {'pos': 6, 'metric': 'refund_rate', 'value': refund_rate},
    {'pos': 7, 'metric': 'net_sales', 'value': net_sales},
    {'pos': 8, 'metric': 'ship_24h_rate', 'value': ship_24h_rate},
    {'pos': 9, 'metric': 'new_buyer_share', 'value': new_buyer_share},
    {'pos': 10, 'metric': 'visitors', 'value': visitors},
    {'pos': 11, 'metric': 'conversion_rate', 'value': conversion_rate},
    {'pos': 12, 'metric': 'ad_spend', 'value': ad_spend},
    {'pos': 13, 'metric': 'roi', 'value': roi}
  ], recursive := true)
  FROM metrics
)
SELECT
  metric,
  max(value) FILTER (WHERE period = 'current') AS current_value,
  max(value) FILTER (WHERE period = 'previous') AS previous_value
FROM long
GROUP BY pos, metric
ORDER BY pos;

-- Cell cleaners shared by every import adapter (DESIGN §5, reference §6.3 rule 4). Exports
-- write numbers as text: `="123"`, `'138…`, trailing tabs, `1,234`, `¥12.30`, `12.30元`,
-- `(5.00)` for −5, `12.5%`, and `-`, `--`, `nan`, `暂无`, `无退款申请` for "no value".
-- They run on every cell of a million-row import, so: no regular expressions, no subqueries,
-- and cheap prefix/suffix tests before any trim (trim with a character set costs as much as
-- reading the cell; measured in scripts/bench). The loader strips each column once
-- (detab, strip_detabbed, null_token, each in its own projection so none runs twice per cell),
-- then the `*_of` parsers; `clean_*` = parser ∘ clean_text, for one-off use.

-- A trailing tab (JD, Douyin write one after every value) → gone.
CREATE OR REPLACE MACRO detab(s) AS CASE WHEN ends_with(s, E'\t') THEN s[:-2] ELSE s END;

-- `="123"` → `123` (the exports' Excel-formula quoting).
CREATE OR REPLACE MACRO unquote_formula(x) AS
  CASE WHEN starts_with(x, '="') AND ends_with(x, '"') AND length(x) >= 3 THEN x[3:-2] ELSE x END;

-- The rare cells that need real work: blanks around, formula quoting, a leading apostrophe.
CREATE OR REPLACE MACRO needs_strip(x) AS
  starts_with(x, '=') OR starts_with(x, '''') OR starts_with(x, ' ') OR ends_with(x, ' ')
  OR starts_with(x, E'\t') OR ends_with(x, E'\t') OR ends_with(x, E'\r') OR ends_with(x, E'\n')
  OR starts_with(x, '　') OR ends_with(x, '　');

CREATE OR REPLACE MACRO strip_slow(x) AS
  ltrim(trim(unquote_formula(trim(x, E' \t\r\n　'))), '''');

-- Strip a cell whose trailing tab is already gone: the fast tests first, trims only where needed.
-- The loader applies detab and this in two projections, so each runs once per cell.
CREATE OR REPLACE MACRO strip_detabbed(x) AS CASE WHEN needs_strip(x) THEN strip_slow(x) ELSE x END;

CREATE OR REPLACE MACRO strip_cell(s) AS strip_detabbed(detab(s::VARCHAR));

-- NULL for the exports' ways of writing "no value", else the text.
CREATE OR REPLACE MACRO null_token(t) AS
  CASE WHEN t IN ('', '-', '--', 'nan', 'NaN', 'null', 'NULL', '暂无', '无退款申请') THEN NULL ELSE t END;

-- Text as the platform meant it, or NULL.
CREATE OR REPLACE MACRO clean_text(s) AS null_token(strip_cell(s));

-- An id: text as written; never a number (15+ digit ids would lose digits).
CREATE OR REPLACE MACRO clean_id(s) AS clean_text(s);

-- TRUE when an id was mangled to scientific notation by a spreadsheet (1.23457E+17): reject it.
CREATE OR REPLACE MACRO id_is_scientific_of(t) AS
  coalesce(contains(upper(t), 'E+') AND TRY_CAST(t AS DOUBLE) IS NOT NULL, false);
CREATE OR REPLACE MACRO id_is_scientific(s) AS id_is_scientific_of(clean_text(s));

-- The digits of a number cell: no separators, currency signs, units or spaces.
CREATE OR REPLACE MACRO number_text(t) AS
  replace(replace(replace(replace(replace(coalesce(t, ''), ',', ''), '¥', ''), '￥', ''), '元', ''), ' ', '');

-- Money as DECIMAL(18,2); (x) is −x. NULL when empty or not a number. A plain number is cast
-- directly; COALESCE evaluates the slower clean-up only for the cells that need it.
CREATE OR REPLACE MACRO amount_of(t) AS coalesce(
  TRY_CAST(t AS DECIMAL(18, 2)),
  CASE WHEN starts_with(number_text(t), '(') AND ends_with(number_text(t), ')')
         THEN -TRY_CAST(trim(number_text(t), '()') AS DECIMAL(18, 2))
       ELSE TRY_CAST(nullif(number_text(t), '') AS DECIMAL(18, 2)) END
);
CREATE OR REPLACE MACRO clean_amount(s) AS amount_of(clean_text(s));

-- A count or quantity as BIGINT (accepts `1,234` and `12.0`).
CREATE OR REPLACE MACRO int_of(t) AS coalesce(
  TRY_CAST(t AS BIGINT),
  TRY_CAST(TRY_CAST(nullif(number_text(t), '') AS DOUBLE) AS BIGINT)
);
CREATE OR REPLACE MACRO clean_int(s) AS int_of(clean_text(s));

-- A rate as a fraction: `12.5%` → 0.125, `0.125` → 0.125.
CREATE OR REPLACE MACRO ratio_of(t) AS coalesce(
  TRY_CAST(t AS DOUBLE),
  CASE WHEN ends_with(number_text(t), '%') THEN TRY_CAST(rtrim(number_text(t), '%') AS DOUBLE) / 100
       ELSE TRY_CAST(nullif(number_text(t), '') AS DOUBLE) END
);
CREATE OR REPLACE MACRO clean_ratio(s) AS ratio_of(clean_text(s));

-- A timestamp in any format the exports use (local time, kept naive). The ISO form is tried
-- first by a plain cast (fast); COALESCE only evaluates the format list for the rest.
CREATE OR REPLACE MACRO timestamp_of(t) AS coalesce(
  TRY_CAST(t AS TIMESTAMP),
  try_strptime(t, [
    '%Y/%m/%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y/%m/%d %H:%M', '%Y/%m/%d', '%Y%m%d',
    '%Y年%m月%d日', '%Y年%m月%d日 %H:%M:%S'
  ])
);
CREATE OR REPLACE MACRO clean_timestamp(s) AS timestamp_of(clean_text(s));

CREATE OR REPLACE MACRO clean_date(s) AS clean_timestamp(s)::DATE;

-- Cell cleaners shared by every import adapter (DESIGN §5, reference §6.3 rule 4). Exports
-- write numbers as text: `="123"`, `'138…`, trailing tabs, `1,234`, `¥12.30`, `12.30元`,
-- `(5.00)` for −5, `12.5%`, and `-`, `--`, `nan`, `暂无`, `无退款申请` for "no value".
-- Plain expressions, no subqueries: they run on every cell of a million-row import.

-- Space, tab, LF, CR, no-break space and the ideographic space.
CREATE OR REPLACE MACRO blank_chars() AS ' ' || chr(9) || chr(10) || chr(13) || chr(160) || chr(12288);

-- Strip blanks, the `="…"` formula quoting and a leading apostrophe.
CREATE OR REPLACE MACRO strip_cell(s) AS
  trim(regexp_replace(regexp_replace(trim(s::VARCHAR, blank_chars()), '^="(.*)"$', '\1'), '^''', ''), blank_chars());

-- Text as the platform meant it, or NULL.
CREATE OR REPLACE MACRO clean_text(s) AS
  CASE WHEN strip_cell(s) IN ('', '-', '--', 'nan', 'NaN', 'null', 'NULL', '暂无', '无退款申请') THEN NULL
       ELSE strip_cell(s) END;

-- An id: text as written; never a number (15+ digit ids would lose digits).
CREATE OR REPLACE MACRO clean_id(s) AS clean_text(s);

-- TRUE when an id was mangled to scientific notation by a spreadsheet (1.23457E+17): reject it.
CREATE OR REPLACE MACRO id_is_scientific(s) AS regexp_matches(coalesce(clean_text(s), ''), '^[0-9.]+[eE][+]?[0-9]+$');

-- The digits of a number cell: no separators, currency signs or units.
CREATE OR REPLACE MACRO number_text(s) AS regexp_replace(coalesce(clean_text(s), ''), '[,¥￥元\s]', '', 'g');

-- Money as DECIMAL(18,2); (x) is −x. NULL when empty or not a number.
CREATE OR REPLACE MACRO clean_amount(s) AS
  CASE WHEN number_text(s) = '' THEN NULL
       WHEN starts_with(number_text(s), '(') AND ends_with(number_text(s), ')')
         THEN -TRY_CAST(trim(number_text(s), '()') AS DECIMAL(18, 2))
       ELSE TRY_CAST(number_text(s) AS DECIMAL(18, 2)) END;

-- A count or quantity as BIGINT (accepts `1,234` and `12.0`).
CREATE OR REPLACE MACRO clean_int(s) AS TRY_CAST(TRY_CAST(nullif(number_text(s), '') AS DOUBLE) AS BIGINT);

-- A rate as a fraction: `12.5%` → 0.125, `0.125` → 0.125.
CREATE OR REPLACE MACRO clean_ratio(s) AS
  CASE WHEN number_text(s) = '' THEN NULL
       WHEN ends_with(number_text(s), '%') THEN TRY_CAST(rtrim(number_text(s), '%') AS DOUBLE) / 100
       ELSE TRY_CAST(number_text(s) AS DOUBLE) END;

-- A timestamp in any format the exports use (local time, kept naive).
CREATE OR REPLACE MACRO clean_timestamp(s) AS try_strptime(clean_text(s), [
  '%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y/%m/%d %H:%M',
  '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d', '%Y/%m/%d', '%Y%m%d', '%Y年%m月%d日', '%Y年%m月%d日 %H:%M:%S'
]);

CREATE OR REPLACE MACRO clean_date(s) AS clean_timestamp(s)::DATE;

-- Per role or occupation with at least min_records records, and per industry: yearly salary quartiles and mean over
-- the records stating both. An industry with fewer than min_records such records is listed as suppressed, no figures.
with sizes as (
  select kind, group_id, count(*) as n
  from records
  group by kind, group_id
),
stats as (
  select
    kind, group_id, industry,
    count(*) as records,
    percentile_cont(0.25) within group (order by salary_usd) as p25,
    percentile_cont(0.5) within group (order by salary_usd) as median,
    percentile_cont(0.75) within group (order by salary_usd) as p75,
    avg(salary_usd) as mean
  from records
  where industry is not null and salary_usd is not null
  group by kind, group_id, industry
)
select
  s.kind, s.group_id, s.industry, s.records,
  case when s.records < p.min_records then 1 else 0 end as suppressed,
  case when s.records < p.min_records then null else s.p25 end as p25,
  case when s.records < p.min_records then null else s.median end as median,
  case when s.records < p.min_records then null else s.p75 end as p75,
  case when s.records < p.min_records then null else s.mean end as mean
from stats s
join sizes z on z.kind = s.kind and z.group_id = s.group_id
cross join aggregate_params p
where z.n >= p.min_records
order by s.kind, s.group_id, s.industry

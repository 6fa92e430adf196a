-- Per role or occupation with at least min_records records: the share of records at each highest education level,
-- out of the records stating one, with a 95 % Wilson score interval (as in skills.sql). When fewer than
-- min_records records state a level, the levels are listed as suppressed, no figures.
with sizes as (
  select kind, group_id, count(*) as n
  from records
  group by kind, group_id
),
stated as (
  select kind, group_id, cast(count(*) as double precision) as n
  from records
  where education is not null
  group by kind, group_id
),
counts as (
  select kind, group_id, education, count(*) as listing
  from records
  where education is not null
  group by kind, group_id, education
),
shares as (
  select
    t.kind, t.group_id, l.education, l.position, t.n,
    coalesce(c.listing, 0) as listing,
    cast(coalesce(c.listing, 0) as double precision) / t.n as p
  from stated t
  cross join education_levels l
  left join counts c on c.kind = t.kind and c.group_id = t.group_id and c.education = l.education
)
select
  s.kind, s.group_id, s.position, s.education, s.n as records,
  case when s.n < p.min_records then 1 else 0 end as suppressed,
  case when s.n < p.min_records then null else s.listing end as listing,
  case when s.n < p.min_records then null else s.p end as share,
  case when s.n < p.min_records then null else
    (s.p + p.z * p.z / (2 * s.n)) / (1 + p.z * p.z / s.n)
      - p.z / (1 + p.z * p.z / s.n) * sqrt(s.p * (1 - s.p) / s.n + p.z * p.z / (4 * s.n * s.n)) end as low,
  case when s.n < p.min_records then null else
    (s.p + p.z * p.z / (2 * s.n)) / (1 + p.z * p.z / s.n)
      + p.z / (1 + p.z * p.z / s.n) * sqrt(s.p * (1 - s.p) / s.n + p.z * p.z / (4 * s.n * s.n)) end as high
from shares s
join sizes z on z.kind = s.kind and z.group_id = s.group_id
cross join aggregate_params p
where z.n >= p.min_records
order by s.kind, s.group_id, s.position

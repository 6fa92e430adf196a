-- Per role or occupation with at least min_records records: the top skills by records listing them, each with
-- its share and a 95 % Wilson score interval:
--   centre = (p + z²/2n) / (1 + z²/n),  half = z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²).
with sizes as (
  select kind, group_id, cast(count(*) as double precision) as n
  from records
  group by kind, group_id
),
listing as (
  select kind, group_id, skill, listing
  from group_skill_counts
),
ranked as (
  select
    l.kind, l.group_id, l.skill, l.listing, z.n,
    cast(l.listing as double precision) / z.n as p,
    row_number() over (partition by l.kind, l.group_id order by l.listing desc, l.skill) as position
  from listing l
  join sizes z on z.kind = l.kind and z.group_id = l.group_id
)
select
  k.kind, k.group_id, k.position, k.skill, k.listing, k.n as records, k.p as share,
  (k.p + p.z * p.z / (2 * k.n)) / (1 + p.z * p.z / k.n)
    - p.z / (1 + p.z * p.z / k.n) * sqrt(k.p * (1 - k.p) / k.n + p.z * p.z / (4 * k.n * k.n)) as low,
  (k.p + p.z * p.z / (2 * k.n)) / (1 + p.z * p.z / k.n)
    + p.z / (1 + p.z * p.z / k.n) * sqrt(k.p * (1 - k.p) / k.n + p.z * p.z / (4 * k.n * k.n)) as high
from ranked k
cross join aggregate_params p
where k.n >= p.min_records and k.position <= p.top_skills
order by k.kind, k.group_id, k.position

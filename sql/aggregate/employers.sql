-- Per role or occupation with at least min_records records: employers by number of records. An employer with fewer
-- than min_records records is not listed (a small count can point at a person).
with sizes as (
  select kind, group_id, count(*) as n
  from records
  group by kind, group_id
),
counts as (
  select kind, group_id, employer, count(*) as records
  from records
  where employer is not null
  group by kind, group_id, employer
),
ranked as (
  select c.kind, c.group_id, c.employer, c.records,
    row_number() over (partition by c.kind, c.group_id order by c.records desc, c.employer) as position
  from counts c
  join sizes z on z.kind = c.kind and z.group_id = c.group_id
  cross join aggregate_params p
  where z.n >= p.min_records and c.records >= p.min_records
)
select k.kind, k.group_id, k.position, k.employer, k.records
from ranked k
cross join aggregate_params p
where k.position <= p.top_employers
order by k.kind, k.group_id, k.position

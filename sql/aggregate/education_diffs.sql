-- Every pair of roles (role_id < other_role_id) whose education is published on both sides: per level, the
-- difference of shares in percentage points, other minus role.
with stated as (
  select kind, group_id, cast(count(*) as double precision) as n
  from records
  where education is not null and kind = 'role'
  group by kind, group_id
),
counts as (
  select group_id, education, count(*) as listing
  from records
  where education is not null and kind = 'role'
  group by group_id, education
),
shares as (
  select t.group_id, l.education, l.position,
    cast(coalesce(c.listing, 0) as double precision) / t.n as share
  from stated t
  cross join education_levels l
  cross join aggregate_params p
  left join counts c on c.group_id = t.group_id and c.education = l.education
  where t.n >= p.min_records
)
select
  a.group_id as role_id, b.group_id as other_role_id, a.position, a.education,
  a.share, b.share as other_share,
  100 * (b.share - a.share) as pp_diff
from shares a
join shares b on b.education = a.education and a.group_id < b.group_id
order by a.group_id, b.group_id, a.position

-- Records per role or occupation, with the range of their dates.
select
  r.kind,
  r.group_id,
  count(*) as records,
  cast(min(r.record_date) as varchar) as date_from,
  cast(max(r.record_date) as varchar) as date_to,
  case when count(*) < p.min_records then 1 else 0 end as suppressed
from records r
cross join aggregate_params p
group by r.kind, r.group_id, p.min_records
order by r.kind, r.group_id

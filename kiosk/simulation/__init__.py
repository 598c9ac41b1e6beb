"""`kiosk simulate`: a day played through the real calling policy, on a real store or in memory.

  day.py        what a day is made of: arrivals, staffing shifts, the counters each shift opens
  inputs.py     ARRIVALS.csv, STAFFING.csv and the mix file read and checked (file, line, field)
  synthetic.py  Poisson arrivals in the staffed hours, from a service and class mix and fitted times
  recorded.py   a recorded day of this branch's own log as arrivals and staffing
  engine.py     the day driven event by event: arrivals, shifts, counters calling, starting, finishing
  floors.py     what the engine drives: the real store (a temporary database) or the policy in memory
  figures.py    the RESULT.json figures: waits per class and hour, the estimate's error, the naive one's
  advice.py     the fewest counters per hour that keep the p90 wait under a target, with Erlang C's count
  run.py        one `kiosk simulate` run as its options ask (kiosk/commands/simulate.py is the command)

Only kiosk.core and kiosk.store are used here (tests/test_simulate_cli.py checks it): no windows.
"""

using System.Globalization;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// A lower bound on under-coverage (in intervals) from the Lagrangian dual of the covering relaxation.
/// <para>Relaxation: minimise the unmet intervals u[q,t] subject to u[q,t] + (agents on (q,t)) &gt;= d[q,t],
/// at most one (shift, queue) per agent and day, and paid hours per agent and week at most its maximum;
/// rest and consecutive days are dropped and fractions allowed, which can only lower the optimum. Only
/// (shift, queue) pairs the agent could work on their own are columns (skills, certifications,
/// availability, time off, the template's weekdays), because the others are never part of any roster.</para>
/// <para>Dual: for any price 0 &lt;= y[q,t] &lt;= 1 of an unmet interval,
/// LB(y) = sum d[q,t] y[q,t] - sum over agent-weeks of min over beta &gt;= 0 of
/// (H beta + sum over days of max(0, max over columns (Y[s,q] - h[s] beta))),
/// where Y[s,q] sums y[q,t] over the intervals the shift serves in full (so a break leaves its intervals
/// out, as coverage counts them) and h[s] is the shift's paid hours. Directly: for any roster,
/// unmet = sum max(0, d - c) &gt;= sum y (d - c), and every agent-week's share of sum y c is at most that
/// min for every beta (weak duality of its own small linear programme), so every y and every beta
/// give a valid bound; the search only decides how good it is.</para>
/// <para>The search is projected subgradient ascent on y with Polyak-type steps aimed beyond a target
/// (a known roster's under-coverage when there is one), halving them after a run without progress, for
/// a fixed number of iterations, never the clock: the same input always gives the same bound. Agents
/// with the same hours and the same possible columns are priced once and counted as many times.</para>
/// </summary>
internal sealed class RosterDualBound
{
    /// <summary>Iterations without a better bound before the step is halved.</summary>
    private const int Patience = 15;

    /// <summary>
    /// How far beyond the best bound so far, in multiples of its distance to the target, the Polyak step
    /// aims. The target (a roster's under-coverage) says little about the relaxation's optimum, and
    /// measured on the benchmark scenario, aiming far beyond it and halving the steps as they stall
    /// climbs much faster than aiming at it: 170 agent-hours in 300 steps where aiming at it gave 19.
    /// </summary>
    private const double AimBeyond = 30;

    /// <summary>Bisection steps for the weekly-hours price; the result is valid for any price, these only sharpen it.</summary>
    private const int PriceSteps = 24;

    private readonly RosterModel _model;
    private readonly int _count;
    private readonly int[] _shiftDay;
    private readonly AgentWeek[] _weeks;
    private readonly double[][] _y;
    private readonly double[] _shiftValue;

    private RosterDualBound(RosterModel model)
    {
        _model = model;
        _count = model.Problem.Period.Count;
        var days = model.Shifts.Select(shift => shift.Day).Distinct().Order().ToList();
        var dayIndex = days.Select((day, i) => (day, i)).ToDictionary(pair => pair.day, pair => pair.i);
        _shiftDay = model.Shifts.Select(shift => dayIndex[shift.Day]).ToArray();
        _weeks = AgentWeeks(model, _shiftDay);
        _y = model.Queues.Select(_ => new double[_count]).ToArray();
        _shiftValue = new double[model.Shifts.Length * model.QueueCount];
    }

    /// <summary>
    /// The best bound found in <paramref name="iterations"/> steps, in intervals (an integer, since
    /// under-coverage counts whole intervals). <paramref name="possible"/> is, per queue and interval,
    /// how many agents could serve it at all (where demand is above it, the last agents are surely
    /// missing, so their price starts at 1). <paramref name="target"/> is a known roster's
    /// under-coverage in intervals, or null.
    /// </summary>
    public static long Compute(RosterModel model, int[][] possible, int iterations, long? target)
    {
        if (model.QueueCount == 0 || iterations <= 0)
        {
            return 0;
        }

        return new RosterDualBound(model).Ascend(possible, iterations, target);
    }

    private long Ascend(int[][] possible, int iterations, long? target)
    {
        long totalDemand = 0;
        for (var q = 0; q < _model.QueueCount; q++)
        {
            for (var t = 0; t < _count; t++)
            {
                var demand = _model.Required[q][t];
                totalDemand += demand;
                // Demand nobody could serve is surely unmet; elsewhere the share of possible agents it needs.
                _y[q][t] = demand == 0 ? 0 : demand > possible[q][t] ? 1 : (double)demand / possible[q][t];
            }
        }

        var goal = (double)(target ?? totalDemand);
        var covered = _model.Queues.Select(_ => new int[_count]).ToArray();
        var best = 0.0;
        var scale = 1.0;
        var sinceBetter = 0;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var value = Evaluate(covered);
            if (value > best + 1e-9)
            {
                best = value;
                sinceBetter = 0;
            }
            else if (++sinceBetter >= Patience)
            {
                scale /= 2;
                sinceBetter = 0;
            }

            // A bound that reaches the target (a roster's under-coverage) cannot rise further.
            if (Math.Ceiling(best - 1e-6) >= goal)
            {
                break;
            }

            double norm = 0;
            for (var q = 0; q < _model.QueueCount; q++)
            {
                for (var t = 0; t < _count; t++)
                {
                    var slope = Slope(q, t, covered[q][t]);
                    norm += slope * slope;
                }
            }

            if (norm == 0)
            {
                break;
            }

            var level = best + AimBeyond * Math.Max(1, goal - best);
            var step = scale * (level - value) / norm;
            for (var q = 0; q < _model.QueueCount; q++)
            {
                for (var t = 0; t < _count; t++)
                {
                    _y[q][t] = Math.Clamp(_y[q][t] + step * Slope(q, t, covered[q][t]), 0, 1);
                }
            }
        }

        // Under-coverage is a whole number of intervals, so a fractional bound rounds up; the small
        // tolerance keeps floating-point noise from rounding a bound of exactly k to k + 1.
        return Math.Max(0, (long)Math.Ceiling(best - 1e-6));
    }

    /// <summary>
    /// The direction of steepest ascent at y, projected onto the box: an interval at price 0 with
    /// demand already met (or at 1 and short) cannot move further, so it does not count towards the step.
    /// </summary>
    private double Slope(int q, int t, int covered)
    {
        var slope = (double)_model.Required[q][t] - covered;
        return slope < 0 && _y[q][t] <= 0 || slope > 0 && _y[q][t] >= 1 ? 0 : slope;
    }

    /// <summary>LB(y); fills <paramref name="covered"/> with how often each interval is served by the columns each agent-day picks (a subgradient).</summary>
    private double Evaluate(int[][] covered)
    {
        var queues = _model.QueueCount;
        for (var s = 0; s < _model.Shifts.Length; s++)
        {
            var worked = _model.Worked[s];
            for (var q = 0; q < queues; q++)
            {
                var y = _y[q];
                double sum = 0;
                foreach (var t in worked)
                {
                    sum += y[t];
                }

                _shiftValue[s * queues + q] = sum;
            }
        }

        double value = 0;
        for (var q = 0; q < queues; q++)
        {
            Array.Clear(covered[q]);
            var y = _y[q];
            var required = _model.Required[q];
            for (var t = 0; t < _count; t++)
            {
                value += required[t] * y[t];
            }
        }

        foreach (var week in _weeks)
        {
            value -= week.Dual(_shiftValue, queues, covered, _model.Worked);
        }

        return value;
    }

    /// <summary>Per agent and week, per day the agent could work, per shift of that day, the queues it could serve on it (as columns).</summary>
    private static AgentWeek[] AgentWeeks(RosterModel model, int[] shiftDay)
    {
        var weeks = new Dictionary<string, AgentWeek>(StringComparer.Ordinal);
        for (var a = 0; a < model.Agents.Length; a++)
        {
            var byWeek = new SortedDictionary<DateOnly, SortedDictionary<int, List<int[]>>>();
            for (var s = 0; s < model.Shifts.Length; s++)
            {
                var columns = model.SkilledQueues[a].Where(q => model.CanServe(a, s, q)).Select(q => s * model.QueueCount + q).ToArray();
                if (columns.Length == 0)
                {
                    continue;
                }

                var week = model.Shifts[s].WeekStart;
                if (!byWeek.TryGetValue(week, out var days))
                {
                    byWeek[week] = days = new SortedDictionary<int, List<int[]>>();
                }

                if (!days.TryGetValue(shiftDay[s], out var shifts))
                {
                    days[shiftDay[s]] = shifts = [];
                }

                shifts.Add(columns);
            }

            foreach (var days in byWeek.Values)
            {
                // Agents with the same hours and the same columns on the same days answer alike: one stands for all.
                var key = string.Create(CultureInfo.InvariantCulture, $"{model.Agents[a].MaxWeeklyHours:R}|")
                    + string.Join(";", days.Select(day => $"{day.Key}:{string.Join(",", day.Value.Select(columns => string.Join(" ", columns)))}"));
                if (!weeks.TryGetValue(key, out var week))
                {
                    weeks[key] = new AgentWeek(model.Agents[a].MaxWeeklyHours, days.Values.Select(shifts => shifts.ToArray()).ToArray(), model);
                }
                else
                {
                    week.Count++;
                }
            }
        }

        return [.. weeks.Values];
    }

    /// <summary>
    /// One agent's week: its weekly hours and, per day it could work, per shift, the columns
    /// (shift * queues + queue) it could take.
    /// </summary>
    private sealed class AgentWeek
    {
        private readonly double _maxHours;
        private readonly int[] _dayStart;
        private readonly int[][] _columns;
        private readonly double[] _hours;
        private readonly double[] _lineValue;
        private readonly int[] _lineColumn;

        /// <summary>How many agents share this week's hours and columns.</summary>
        public int Count { get; set; }

        public AgentWeek(double maxHours, int[][][] days, RosterModel model)
        {
            Count = 1;
            _maxHours = maxHours;
            _dayStart = new int[days.Length + 1];
            var lines = new List<int[]>();
            for (var d = 0; d < days.Length; d++)
            {
                _dayStart[d] = lines.Count;
                lines.AddRange(days[d]);
            }

            _dayStart[days.Length] = lines.Count;
            _columns = [.. lines];
            _hours = _columns.Select(columns => model.Shifts[columns[0] / model.QueueCount].PaidHours).ToArray();
            _lineValue = new double[_columns.Length];
            _lineColumn = new int[_columns.Length];
        }

        /// <summary>
        /// min over beta &gt;= 0 of (H beta + sum over days of max(0, best shift value - h beta)); the
        /// function is convex in beta with slope H minus the hours of the days' best shifts, so
        /// bisection on that slope finds its minimum (any beta gives a valid bound; this only sharpens it).
        /// Adds the columns chosen there to <paramref name="covered"/>.
        /// </summary>
        public double Dual(double[] value, int queues, int[][] covered, int[][] worked)
        {
            // A shift is worth its best queue: the lines of the per-day maximum.
            var high = 0.0;
            for (var line = 0; line < _columns.Length; line++)
            {
                var best = _columns[line][0];
                foreach (var column in _columns[line])
                {
                    if (value[column] > value[best])
                    {
                        best = column;
                    }
                }

                (_lineColumn[line], _lineValue[line]) = (best, value[best]);
                if (_hours[line] > 0)
                {
                    high = Math.Max(high, _lineValue[line] / _hours[line]);
                }
            }

            // Above the highest value per paid hour every day is better left empty, so the minimum lies below it.
            var low = 0.0;
            if (Slope(0) < 0)
            {
                for (var step = 0; step < PriceSteps; step++)
                {
                    var middle = (low + high) / 2;
                    if (Slope(middle) < 0)
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle;
                    }
                }
            }
            else
            {
                high = 0;
            }

            var beta = high;
            var total = _maxHours * beta;
            for (var d = 0; d + 1 < _dayStart.Length; d++)
            {
                var (line, reduced) = Best(d, beta);
                if (reduced <= 0)
                {
                    continue;
                }

                total += reduced;
                var column = _lineColumn[line];
                var q = column % queues;
                foreach (var t in worked[column / queues])
                {
                    covered[q][t] += Count;
                }
            }

            return total * Count;
        }

        /// <summary>The right slope at <paramref name="beta"/>: weekly hours less the paid hours of each day's best shift worth working.</summary>
        private double Slope(double beta)
        {
            var slope = _maxHours;
            for (var d = 0; d + 1 < _dayStart.Length; d++)
            {
                var (line, reduced) = Best(d, beta);
                if (reduced > 0)
                {
                    slope -= _hours[line];
                }
            }

            return slope;
        }

        /// <summary>The day's shift with the largest value less its hours at price beta (the fewer hours on a tie).</summary>
        private (int Line, double Reduced) Best(int day, double beta)
        {
            var best = -1;
            var bestReduced = double.NegativeInfinity;
            for (var line = _dayStart[day]; line < _dayStart[day + 1]; line++)
            {
                var reduced = _lineValue[line] - _hours[line] * beta;
                if (reduced > bestReduced || reduced == bestReduced && _hours[line] < _hours[best])
                {
                    (best, bestReduced) = (line, reduced);
                }
            }

            return (best, bestReduced);
        }
    }
}

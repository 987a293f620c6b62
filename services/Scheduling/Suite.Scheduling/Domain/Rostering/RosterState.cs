namespace Suite.Scheduling.Domain.Rostering;

/// <summary>The roster under construction: who works which shift on which queue, and the head count per queue and interval.</summary>
internal sealed class RosterState
{
    private readonly RosterModel _model;
    private readonly List<(int Shift, int Queue)>[] _byAgent;
    private readonly List<PlannedShift>[] _shiftsByAgent;
    private readonly HashSet<DateOnly>[] _days;
    private readonly int[] _lateShifts;
    private readonly int[] _weekendShifts;
    private readonly double[] _hours;
    private readonly int[] _rank;

    public RosterState(RosterModel model)
    {
        _model = model;
        var agents = model.Agents.Length;
        Scheduled = model.Queues.Select(_ => new int[model.Problem.Period.Count]).ToArray();
        _byAgent = Enumerable.Range(0, agents).Select(_ => new List<(int, int)>()).ToArray();
        _shiftsByAgent = Enumerable.Range(0, agents).Select(_ => new List<PlannedShift>()).ToArray();
        _days = Enumerable.Range(0, agents).Select(_ => new HashSet<DateOnly>()).ToArray();
        _lateShifts = new int[agents];
        _weekendShifts = new int[agents];
        _hours = new double[agents];

        // The seed decides every tie that no rule or goal decides.
        var order = Enumerable.Range(0, agents).ToArray();
        new Random(model.Problem.Seed).Shuffle(order);
        _rank = new int[agents];
        for (var i = 0; i < agents; i++)
        {
            _rank[order[i]] = i;
        }

        AgentsByQueue = Enumerable.Range(0, model.QueueCount)
            .Select(q => Enumerable.Range(0, agents).Where(a => model.SkilledQueues[a].Contains(q)).OrderBy(a => _rank[a]).ToArray())
            .ToArray();
    }

    public int[][] Scheduled { get; }

    /// <summary>Per queue, the agents with its skills in seeded order.</summary>
    public int[][] AgentsByQueue { get; }

    public bool WorksOn(int agent, DateOnly day) => _days[agent].Contains(day);

    public IReadOnlyList<PlannedShift> ShiftsOf(int agent) => _shiftsByAgent[agent];

    /// <summary>A snapshot in agent then day order, so callers may change the roster while walking it.</summary>
    public List<(int Agent, int Shift, int Queue)> Assignments() =>
        Enumerable.Range(0, _byAgent.Length)
            .SelectMany(a => _byAgent[a].Select(pair => (a, pair.Shift, pair.Queue)))
            .OrderBy(item => item.a).ThenBy(item => _model.Shifts[item.Shift].Start)
            .ToList();

    public void Add(int agent, int shift, int queue)
    {
        _byAgent[agent].Add((shift, queue));
        var planned = _model.Shifts[shift];
        _shiftsByAgent[agent].Add(planned);
        _days[agent].Add(planned.Day);
        _lateShifts[agent] += planned.IsLate ? 1 : 0;
        _weekendShifts[agent] += planned.IsWeekend ? 1 : 0;
        _hours[agent] += planned.PaidHours;
        foreach (var t in _model.Worked[shift])
        {
            Scheduled[queue][t]++;
        }
    }

    public void Remove(int agent, int shift, int queue)
    {
        _byAgent[agent].Remove((shift, queue));
        var planned = _model.Shifts[shift];
        _shiftsByAgent[agent].Remove(planned);
        _days[agent].Remove(planned.Day);
        _lateShifts[agent] -= planned.IsLate ? 1 : 0;
        _weekendShifts[agent] -= planned.IsWeekend ? 1 : 0;
        _hours[agent] -= planned.PaidHours;
        foreach (var t in _model.Worked[shift])
        {
            Scheduled[queue][t]--;
        }
    }

    /// <summary>Intervals that adding the shift on the queue would lift towards the requirement.</summary>
    public int Gain(int shift, int queue)
    {
        var gain = 0;
        foreach (var t in _model.Worked[shift])
        {
            gain += Scheduled[queue][t] < _model.Required[queue][t] ? 1 : 0;
        }

        return gain;
    }

    /// <summary>Intervals that removing the (assigned) shift from the queue would leave short.</summary>
    public int Loss(int shift, int queue)
    {
        var loss = 0;
        foreach (var t in _model.Worked[shift])
        {
            loss += Scheduled[queue][t] <= _model.Required[queue][t] ? 1 : 0;
        }

        return loss;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> should take the shift rather than <paramref name="incumbent"/>:
    /// keep versatile agents for the queues only they can serve, share late and weekend shifts, honour
    /// preferences, spread hours, then follow the seeded order.
    /// </summary>
    public bool Prefer(int candidate, int incumbent, PlannedShift shift)
    {
        var byVersatility = _model.SkilledQueues[candidate].Length.CompareTo(_model.SkilledQueues[incumbent].Length);
        if (byVersatility != 0)
        {
            return byVersatility < 0;
        }

        if (shift.IsLate && _lateShifts[candidate] != _lateShifts[incumbent])
        {
            return _lateShifts[candidate] < _lateShifts[incumbent];
        }

        if (shift.IsWeekend && _weekendShifts[candidate] != _weekendShifts[incumbent])
        {
            return _weekendShifts[candidate] < _weekendShifts[incumbent];
        }

        var candidatePrefers = _model.Agents[candidate].PreferredTemplates.Contains(shift.TemplateId);
        if (candidatePrefers != _model.Agents[incumbent].PreferredTemplates.Contains(shift.TemplateId))
        {
            return candidatePrefers;
        }

        var candidateLoad = _hours[candidate] / _model.Agents[candidate].MaxWeeklyHours;
        var incumbentLoad = _hours[incumbent] / _model.Agents[incumbent].MaxWeeklyHours;
        if (Math.Abs(candidateLoad - incumbentLoad) > 1e-9)
        {
            return candidateLoad < incumbentLoad;
        }

        return _rank[candidate] < _rank[incumbent];
    }
}

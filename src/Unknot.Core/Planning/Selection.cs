using System.Numerics;

namespace Unknot.Planning;

/// <summary>A set of candidates being built by the search, with its value kept up to date on every add and remove.</summary>
internal sealed class Selection
{
    private readonly PlanModel _model;
    private readonly int[] _targetCounts = new int[32];
    private readonly int[] _rankCounts = new int[PlanModel.RankOrder.Length];
    private readonly bool[] _chosen;
    private double _base;
    private double _focusPoints;
    private int _areas;
    private int _rankMask;
    private int _doseSeconds;

    public Selection(PlanModel model)
    {
        _model = model;
        _chosen = new bool[model.Candidates.Count];
    }

    public int Count { get; private set; }

    public int CoveredMask { get; private set; }

    public bool Contains(int candidate) => _chosen[candidate];

    public int Seconds => _model.Seconds(Count, _doseSeconds, _rankMask);

    /// <summary>The length if <paramref name="candidate"/> were added.</summary>
    public int SecondsWith(int candidate)
    {
        var c = _model.Candidates[candidate];
        return _model.Seconds(Count + 1, _doseSeconds + c.DoseSeconds, _rankMask | 1 << c.Rank);
    }

    public double Score => _base + _focusPoints + _areas * PlanScore.AreaWeight;

    public int CoveredFocus => BitOperations.PopCount((uint)(CoveredMask & _model.FocusMask));

    public PlanValue Value
    {
        get
        {
            var seconds = Seconds;
            return new PlanValue(seconds >= _model.FillSeconds && seconds <= _model.Budget, CoveredFocus, Score, seconds);
        }
    }

    /// <summary>The value without the fill step, for greedy gains.</summary>
    public double Smooth => CoveredFocus * 1e4 + Score;

    public IEnumerable<int> Chosen => Enumerable.Range(0, _chosen.Length).Where(i => _chosen[i]);

    /// <summary>The most <paramref name="candidate"/> can add to the score of this set or of any set containing it.</summary>
    public double GainBound(int candidate)
    {
        var c = _model.Candidates[candidate];
        var gain = c.Base;
        for (var bits = c.Targets; bits != 0; bits &= bits - 1)
        {
            var t = BitOperations.TrailingZeroCount(bits);
            var count = _targetCounts[t];
            if (count == 0)
            {
                gain += PlanScore.AreaWeight;
            }
            if ((_model.FocusMask & 1 << t) != 0)
            {
                gain += PlanScore.FocusFirst * Math.Pow(PlanScore.FocusDecay, count);
            }
        }
        return gain;
    }

    public void Add(int candidate)
    {
        var c = _model.Candidates[candidate];
        _chosen[candidate] = true;
        Count++;
        _base += c.Base;
        _doseSeconds += c.DoseSeconds;
        if (_rankCounts[c.Rank]++ == 0)
        {
            _rankMask |= 1 << c.Rank;
        }
        for (var bits = c.Targets; bits != 0; bits &= bits - 1)
        {
            var t = BitOperations.TrailingZeroCount(bits);
            var before = _targetCounts[t]++;
            if (before == 0)
            {
                _areas++;
                CoveredMask |= 1 << t;
            }
            if ((_model.FocusMask & 1 << t) != 0)
            {
                _focusPoints += PlanScore.FocusFirst * Math.Pow(PlanScore.FocusDecay, before);
            }
        }
    }

    public void Remove(int candidate)
    {
        var c = _model.Candidates[candidate];
        _chosen[candidate] = false;
        Count--;
        _base -= c.Base;
        _doseSeconds -= c.DoseSeconds;
        if (--_rankCounts[c.Rank] == 0)
        {
            _rankMask &= ~(1 << c.Rank);
        }
        for (var bits = c.Targets; bits != 0; bits &= bits - 1)
        {
            var t = BitOperations.TrailingZeroCount(bits);
            var after = --_targetCounts[t];
            if (after == 0)
            {
                _areas--;
                CoveredMask &= ~(1 << t);
            }
            if ((_model.FocusMask & 1 << t) != 0)
            {
                _focusPoints -= PlanScore.FocusFirst * Math.Pow(PlanScore.FocusDecay, after);
            }
        }
        if (Count == 0)
        {
            // Wipe the float residue of many adds and removes.
            _base = 0;
            _focusPoints = 0;
        }
    }

    /// <summary>The value of a set computed from scratch, in candidate order, so equal sets give identical numbers.</summary>
    public static PlanValue Evaluate(PlanModel model, IEnumerable<int> candidates)
    {
        var selection = new Selection(model);
        foreach (var c in candidates.Order())
        {
            selection.Add(c);
        }
        return selection.Value;
    }
}

using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Labels;

/// <summary>
/// A parsed label selector (upstream's <c>labels.Selector</c>): an AND of requirements kept sorted by key.
/// Immutable and safe to share. <see cref="Everything"/> matches all label sets, <see cref="Nothing"/> none.
/// </summary>
public sealed class Selector
{
    private readonly Requirement[] _requirements;
    private readonly bool _nothing;

    private Selector(Requirement[] requirements, bool nothing)
    {
        _requirements = requirements;
        _nothing = nothing;
    }

    /// <summary>Matches every label set; its string form is empty.</summary>
    public static Selector Everything { get; } = new([], false);

    /// <summary>Matches no label set (a LabelSelector that selects nothing); its string form is also empty.</summary>
    public static Selector Nothing { get; } = new([], true);

    public IReadOnlyList<Requirement> Requirements => _requirements;

    /// <summary>True when this selector does not restrict the selection (<see cref="Everything"/>).</summary>
    public bool IsEmpty => !_nothing && _requirements.Length == 0;

    /// <summary>False only for <see cref="Nothing"/>: it does not want to select anything.</summary>
    public bool Selectable => !_nothing;

    /// <summary>
    /// Parses upstream's selector syntax (<c>a=b,c!=d,e in (x,y),!f,g</c>).
    /// </summary>
    /// <exception cref="SelectorParseException">with upstream's message for invalid input.</exception>
    public static Selector Parse(string selector, FieldPath? path = null)
    {
        var requirements = new SelectorParser(selector, path ?? FieldPath.Nil).Parse();
        return FromRequirements(requirements);
    }

    public static bool TryParse(string selector, out Selector result, out string? error)
    {
        try
        {
            result = Parse(selector);
            error = null;
            return true;
        }
        catch (SelectorParseException e)
        {
            result = Nothing;
            error = e.Message;
            return false;
        }
    }

    /// <summary>A selector matching exactly the given labels (upstream's SelectorFromSet); empty means everything.</summary>
    public static Selector FromSet(IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is null || labels.Count == 0)
        {
            return Everything;
        }

        var requirements = new List<Requirement>(labels.Count);
        foreach (var (key, value) in labels)
        {
            requirements.Add(Requirement.Unchecked(key, SelectorOperator.Equals, value));
        }

        return FromRequirements(requirements);
    }

    /// <summary>Like <see cref="FromSet"/> but validates keys and values (upstream's ValidatedSelectorFromSet).</summary>
    public static Selector FromValidatedSet(IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is null || labels.Count == 0)
        {
            return Everything;
        }

        var requirements = new List<Requirement>(labels.Count);
        foreach (var (key, value) in labels)
        {
            requirements.Add(Requirement.New(key, SelectorOperator.Equals, [value]));
        }

        return FromRequirements(requirements);
    }

    public static Selector FromRequirements(IEnumerable<Requirement> requirements)
    {
        var array = requirements.ToArray();
        if (array.Length == 0)
        {
            return Everything;
        }

        // Stable sort by key, so the string form is deterministic as upstream's.
        var sorted = array.Select((r, i) => (r, i))
            .OrderBy(x => x.r.Key, StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.r)
            .ToArray();
        return new Selector(sorted, false);
    }

    /// <summary>A new selector with the given requirements added (this one is unchanged).</summary>
    public Selector Add(params Requirement[] requirements) =>
        _nothing ? this : FromRequirements(_requirements.Concat(requirements));

    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        if (_nothing)
        {
            return false;
        }

        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value a label must have when the selector pins it to exactly one (used to narrow lookups by index).</summary>
    public bool RequiresExactMatch(string label, out string value)
    {
        foreach (var requirement in _requirements)
        {
            if (requirement.Key != label)
            {
                continue;
            }

            if (requirement.Operator is SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.In
                && requirement.Values.Count == 1)
            {
                value = requirement.Values[0];
                return true;
            }

            break;
        }

        value = "";
        return false;
    }

    /// <summary>Upstream's string form: requirements comma-joined in key order.</summary>
    public override string ToString() => string.Join(",", _requirements.Select(r => r.ToString()));
}

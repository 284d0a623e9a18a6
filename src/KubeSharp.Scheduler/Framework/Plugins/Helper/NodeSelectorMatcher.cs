using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Scheduler.Framework.Plugins.Helper;

/// <summary>
/// A parsed node selector (upstream's component-helpers nodeaffinity.NodeSelector): terms are ORed, the
/// requirements of a term ANDed. A term with no requirements, or one that fails to parse, matches nothing,
/// as upstream. Match fields support only metadata.name with In/NotIn.
/// </summary>
public sealed class NodeSelectorMatcher
{
    private const string NodeNameField = "metadata.name";

    private readonly List<(Selector? Labels, Selector? Fields)> _terms;

    public NodeSelectorMatcher(NodeSelector selector)
        : this(selector.NodeSelectorTerms)
    {
    }

    private NodeSelectorMatcher(IReadOnlyList<NodeSelectorTerm> terms)
    {
        _terms = new List<(Selector?, Selector?)>(terms.Count);
        foreach (var term in terms)
        {
            if (TryParseTerm(term, out var labels, out var fields))
            {
                _terms.Add((labels, fields));
            }
        }
    }

    /// <summary>A matcher for one term (preferred scheduling terms are matched one by one).</summary>
    public static NodeSelectorMatcher ForTerm(NodeSelectorTerm term) => new([term]);

    public bool Match(Node node)
    {
        foreach (var (labels, fields) in _terms)
        {
            if (labels is not null && !labels.Matches(node.Metadata.Labels))
            {
                continue;
            }

            if (fields is not null && !fields.Matches(new Dictionary<string, string> { [NodeNameField] = node.Metadata.Name ?? "" }))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool TryParseTerm(NodeSelectorTerm term, out Selector? labels, out Selector? fields)
    {
        labels = null;
        fields = null;
        var expressions = term.MatchExpressions ?? [];
        var fieldRequirements = term.MatchFields ?? [];
        if (expressions.Count == 0 && fieldRequirements.Count == 0)
        {
            return false;
        }

        try
        {
            if (expressions.Count > 0)
            {
                var requirements = new List<Requirement>(expressions.Count);
                foreach (var expression in expressions)
                {
                    var op = expression.Operator switch
                    {
                        NodeSelectorOperator.In => SelectorOperator.In,
                        NodeSelectorOperator.NotIn => SelectorOperator.NotIn,
                        NodeSelectorOperator.Exists => SelectorOperator.Exists,
                        NodeSelectorOperator.DoesNotExist => SelectorOperator.DoesNotExist,
                        NodeSelectorOperator.Gt => SelectorOperator.GreaterThan,
                        NodeSelectorOperator.Lt => SelectorOperator.LessThan,
                        _ => null,
                    };
                    if (op is null)
                    {
                        return false;
                    }

                    requirements.Add(Requirement.New(expression.Key, op, expression.Values ?? []));
                }

                labels = Selector.FromRequirements(requirements);
            }

            if (fieldRequirements.Count > 0)
            {
                var requirements = new List<Requirement>(fieldRequirements.Count);
                foreach (var field in fieldRequirements)
                {
                    if (field.Key != NodeNameField || field.Values is not { Count: 1 })
                    {
                        return false;
                    }

                    var op = field.Operator switch
                    {
                        NodeSelectorOperator.In => SelectorOperator.In,
                        NodeSelectorOperator.NotIn => SelectorOperator.NotIn,
                        _ => null,
                    };
                    if (op is null)
                    {
                        return false;
                    }

                    requirements.Add(Requirement.Unchecked(field.Key, op, [.. field.Values]));
                }

                fields = Selector.FromRequirements(requirements);
            }

            return true;
        }
        catch (SelectorParseException)
        {
            return false;
        }
    }
}

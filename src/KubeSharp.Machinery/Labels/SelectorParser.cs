using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Labels;

/// <summary>
/// Recursive-descent parser for the label selector syntax, following upstream's labels.Parser so that the
/// same inputs succeed and failures carry the same messages:
/// <c>selector := requirement [, selector]</c>, <c>requirement := [!] KEY [ (in|notin) (v,…) | (=|==|!=|&gt;|&lt;) v ]</c>.
/// </summary>
internal sealed class SelectorParser
{
    private readonly List<(SelectorToken Token, string Literal)> _items = [];
    private readonly FieldPath _path;
    private int _position;

    public SelectorParser(string input, FieldPath path)
    {
        _path = path;
        var lexer = new SelectorLexer(input);
        while (true)
        {
            var item = lexer.Lex();
            _items.Add(item);
            if (item.Token == SelectorToken.EndOfString)
            {
                break;
            }
        }
    }

    private enum Context
    {
        KeyAndOperator,
        Values,
    }

    public List<Requirement> Parse()
    {
        var requirements = new List<Requirement>();
        while (true)
        {
            var (token, literal) = Lookahead(Context.Values);
            switch (token)
            {
                case SelectorToken.Identifier or SelectorToken.DoesNotExist:
                    Requirement requirement;
                    try
                    {
                        requirement = ParseRequirement();
                    }
                    catch (SelectorParseException e)
                    {
                        throw new SelectorParseException("unable to parse requirement: " + e.Message, e);
                    }

                    requirements.Add(requirement);
                    var (next, nextLiteral) = Consume(Context.Values);
                    switch (next)
                    {
                        case SelectorToken.EndOfString:
                            return requirements;
                        case SelectorToken.Comma:
                            var (afterComma, afterCommaLiteral) = Lookahead(Context.Values);
                            if (afterComma is not SelectorToken.Identifier and not SelectorToken.DoesNotExist)
                            {
                                throw new SelectorParseException($"found '{afterCommaLiteral}', expected: identifier after ','");
                            }

                            break;
                        default:
                            throw new SelectorParseException($"found '{nextLiteral}', expected: ',' or 'end of string'");
                    }

                    break;
                case SelectorToken.EndOfString:
                    return requirements;
                default:
                    throw new SelectorParseException($"found '{literal}', expected: !, identifier, or 'end of string'");
            }
        }
    }

    private (SelectorToken Token, string Literal) Lookahead(Context context) => Adjust(_items[_position], context);

    private (SelectorToken Token, string Literal) Consume(Context context) => Adjust(_items[_position++], context);

    /// <summary>"in" and "notin" are plain identifiers where values are expected (<c>x in (in)</c>).</summary>
    private static (SelectorToken, string) Adjust((SelectorToken Token, string Literal) item, Context context) =>
        context == Context.Values && item.Token is SelectorToken.In or SelectorToken.NotIn
            ? (SelectorToken.Identifier, item.Literal)
            : item;

    private Requirement ParseRequirement()
    {
        var (key, op) = ParseKeyAndInferOperator();
        if (op is SelectorOperator.Exists or SelectorOperator.DoesNotExist)
        {
            return Requirement.New(key, op, [], _path);
        }

        op = ParseOperator();
        var values = op is SelectorOperator.In or SelectorOperator.NotIn ? ParseValues() : ParseExactValue();
        return Requirement.New(key, op, values, _path);
    }

    private (string Key, string? Operator) ParseKeyAndInferOperator()
    {
        string? op = null;
        var (token, literal) = Consume(Context.Values);
        if (token == SelectorToken.DoesNotExist)
        {
            op = SelectorOperator.DoesNotExist;
            (token, literal) = Consume(Context.Values);
        }

        if (token != SelectorToken.Identifier)
        {
            throw new SelectorParseException($"found '{literal}', expected: identifier");
        }

        if (Requirement.ValidateLabelKey(literal, _path) is { } keyError)
        {
            throw new SelectorParseException(keyError.ToString());
        }

        var (next, _) = Lookahead(Context.Values);
        if (next is SelectorToken.EndOfString or SelectorToken.Comma && op != SelectorOperator.DoesNotExist)
        {
            op = SelectorOperator.Exists;
        }

        return (literal, op);
    }

    private string ParseOperator()
    {
        var (token, literal) = Consume(Context.KeyAndOperator);
        return token switch
        {
            SelectorToken.In => SelectorOperator.In,
            SelectorToken.EqualsToken => SelectorOperator.Equals,
            SelectorToken.DoubleEquals => SelectorOperator.DoubleEquals,
            SelectorToken.GreaterThan => SelectorOperator.GreaterThan,
            SelectorToken.LessThan => SelectorOperator.LessThan,
            SelectorToken.NotIn => SelectorOperator.NotIn,
            SelectorToken.NotEquals => SelectorOperator.NotEquals,
            _ => throw new SelectorParseException($"found '{literal}', expected: {string.Join(", ", SelectorOperator.Binary)}"),
        };
    }

    /// <summary>Values of a set-based requirement: <c>(a,b)</c>; empty entries are the empty string, duplicates collapse, sorted.</summary>
    private List<string> ParseValues()
    {
        var (token, literal) = Consume(Context.Values);
        if (token != SelectorToken.OpenPar)
        {
            throw new SelectorParseException($"found '{literal}' expected: '('");
        }

        (token, literal) = Lookahead(Context.Values);
        switch (token)
        {
            case SelectorToken.Identifier or SelectorToken.Comma:
                var values = ParseIdentifiersList();
                if (Consume(Context.Values).Token != SelectorToken.ClosedPar)
                {
                    throw new SelectorParseException($"found '{literal}', expected: ')'");
                }

                return values;
            case SelectorToken.ClosedPar:
                Consume(Context.Values);
                return [""];
            default:
                throw new SelectorParseException($"found '{literal}', expected: ',', ')' or identifier");
        }
    }

    private List<string> ParseIdentifiersList()
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var (token, literal) = Consume(Context.Values);
            switch (token)
            {
                case SelectorToken.Identifier:
                    set.Add(literal);
                    var (next, nextLiteral) = Lookahead(Context.Values);
                    switch (next)
                    {
                        case SelectorToken.Comma:
                            continue;
                        case SelectorToken.ClosedPar:
                            return [.. set];
                        default:
                            throw new SelectorParseException($"found '{nextLiteral}', expected: ',' or ')'");
                    }

                case SelectorToken.Comma:
                    if (set.Count == 0)
                    {
                        set.Add("");
                    }

                    var (afterComma, _) = Lookahead(Context.Values);
                    if (afterComma == SelectorToken.ClosedPar)
                    {
                        set.Add("");
                        return [.. set];
                    }

                    if (afterComma == SelectorToken.Comma)
                    {
                        Consume(Context.Values);
                        set.Add("");
                    }

                    break;
                default:
                    throw new SelectorParseException($"found '{literal}', expected: ',', or identifier");
            }
        }
    }

    private List<string> ParseExactValue()
    {
        var (token, _) = Lookahead(Context.Values);
        if (token is SelectorToken.EndOfString or SelectorToken.Comma)
        {
            return [""];
        }

        var (consumed, literal) = Consume(Context.Values);
        if (consumed == SelectorToken.Identifier)
        {
            return [literal];
        }

        throw new SelectorParseException($"found '{literal}', expected: identifier");
    }
}

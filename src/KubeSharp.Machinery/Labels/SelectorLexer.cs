using System.Text;

namespace KubeSharp.Machinery.Labels;

/// <summary>Splits a label selector string into tokens exactly as upstream's labels.Lexer does.</summary>
internal sealed class SelectorLexer(string input)
{
    private int _position;

    public (SelectorToken Token, string Literal) Lex()
    {
        var ch = SkipWhitespace(Read());
        if (ch == '\0')
        {
            return (SelectorToken.EndOfString, "");
        }

        _position--;
        return IsSpecialSymbol(ch) ? ScanSpecialSymbol() : ScanIdentifierOrKeyword();
    }

    private char Read() => _position < input.Length ? input[_position++] : '\0';

    private char SkipWhitespace(char ch)
    {
        while (IsWhitespace(ch))
        {
            ch = Read();
        }

        return ch;
    }

    private (SelectorToken, string) ScanIdentifierOrKeyword()
    {
        var start = _position;
        while (true)
        {
            var ch = Read();
            if (ch == '\0')
            {
                break;
            }

            if (IsSpecialSymbol(ch) || IsWhitespace(ch))
            {
                _position--;
                break;
            }
        }

        var text = input[start.._position];
        return Keyword(text) is { } token ? (token, text) : (SelectorToken.Identifier, text);
    }

    /// <summary>Longest run of special symbols that still forms an operator ("!=", "==", "=", "(", …).</summary>
    private (SelectorToken, string) ScanSpecialSymbol()
    {
        var buffer = new StringBuilder();
        var last = (Token: SelectorToken.Error, Literal: "");
        while (true)
        {
            var ch = Read();
            if (ch == '\0')
            {
                break;
            }

            if (!IsSpecialSymbol(ch))
            {
                _position--;
                break;
            }

            buffer.Append(ch);
            if (Keyword(buffer.ToString()) is { } token)
            {
                last = (token, buffer.ToString());
            }
            else if (last.Token != SelectorToken.Error)
            {
                _position--;
                break;
            }
        }

        return last.Token == SelectorToken.Error
            ? (SelectorToken.Error, $"error expected: keyword found '{buffer}'")
            : last;
    }

    private static SelectorToken? Keyword(string text) => text switch
    {
        ")" => SelectorToken.ClosedPar,
        "," => SelectorToken.Comma,
        "!" => SelectorToken.DoesNotExist,
        "==" => SelectorToken.DoubleEquals,
        "=" => SelectorToken.EqualsToken,
        ">" => SelectorToken.GreaterThan,
        "in" => SelectorToken.In,
        "<" => SelectorToken.LessThan,
        "!=" => SelectorToken.NotEquals,
        "notin" => SelectorToken.NotIn,
        "(" => SelectorToken.OpenPar,
        _ => null,
    };

    private static bool IsWhitespace(char ch) => ch is ' ' or '\t' or '\r' or '\n';

    private static bool IsSpecialSymbol(char ch) => ch is '=' or '!' or '(' or ')' or ',' or '>' or '<';
}

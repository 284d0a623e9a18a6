using System.Text;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// <c>$(VAR)</c> expansion in env values, command and args, with upstream's rules
/// (third_party/forked/golang/expansion): <c>$(NAME)</c> is replaced when NAME is defined and left as written when it
/// is not; <c>$$</c> is an escaped <c>$</c>; any other <c>$</c>, and an unclosed <c>$(</c>, stay as they are.
/// </summary>
public static class Expansion
{
    public static string Expand(string input, Func<string, string?> lookup)
    {
        if (!input.Contains('$', StringComparison.Ordinal))
        {
            return input;
        }

        var output = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c != '$' || i + 1 >= input.Length)
            {
                output.Append(c);
                i++;
                continue;
            }

            var next = input[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i += 2;
                continue;
            }

            if (next == '(')
            {
                var close = input.IndexOf(')', i + 2);
                if (close < 0)
                {
                    // Unclosed: the rest is literal.
                    output.Append(input, i, input.Length - i);
                    break;
                }

                var name = input[(i + 2)..close];
                output.Append(name.Length > 0 && lookup(name) is { } value ? value : input[i..(close + 1)]);
                i = close + 1;
                continue;
            }

            output.Append(c).Append(next);
            i += 2;
        }

        return output.ToString();
    }
}

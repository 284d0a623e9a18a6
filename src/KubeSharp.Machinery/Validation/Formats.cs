using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeSharp.Machinery.Validation;

/// <summary>
/// String format checks from upstream's <c>k8s.io/apimachinery/pkg/util/validation</c>: each returns the
/// list of problems (empty when valid), in upstream's words, for callers to wrap into field errors.
/// </summary>
public static partial class Formats
{
    public const int DNS1123LabelMaxLength = 63;
    public const int DNS1123SubdomainMaxLength = 253;
    public const int DNS1035LabelMaxLength = 63;
    public const int LabelValueMaxLength = 63;
    public const int QualifiedNameMaxLength = 63;

    private const string DNS1123LabelFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string DNS1123LabelErrMsg = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
    private const string DNS1123SubdomainFmt = DNS1123LabelFmt + "(\\." + DNS1123LabelFmt + ")*";
    private const string WildcardDNS1123SubdomainFmt = "\\*\\." + DNS1123SubdomainFmt;
    private const string WildcardDNS1123SubdomainErrMsg = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
    private const string DNS1123SubdomainErrMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private const string DNS1035LabelFmt = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private const string DNS1035LabelErrMsg = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    private const string QualifiedNameCharFmt = "[A-Za-z0-9]";
    private const string QualifiedNameExtCharFmt = "[-A-Za-z0-9_.]";
    private const string QualifiedNameFmt = "(" + QualifiedNameCharFmt + QualifiedNameExtCharFmt + "*)?" + QualifiedNameCharFmt;
    private const string QualifiedNameErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string LabelValueFmt = "(" + QualifiedNameFmt + ")?";
    private const string LabelValueErrMsg = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string CIdentifierFmt = "[A-Za-z_][A-Za-z0-9_]*";
    private const string CIdentifierErrMsg = "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'";
    private const string EnvVarNameFmt = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private const string EnvVarNameErrMsg = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
    private const string ConfigMapKeyFmt = "[-._a-zA-Z0-9]+";
    private const string ConfigMapKeyErrMsg = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
    private const string PercentFmt = "[0-9]+%";
    private const string PercentErrMsg = "a valid percent string must be a numeric string followed by an ending '%'";
    private const string HttpHeaderNameFmt = "[-A-Za-z0-9]+";
    private const string HttpHeaderNameErrMsg = "a valid HTTP header must consist of alphanumeric characters or '-'";

    [GeneratedRegex("^" + DNS1123LabelFmt + "\\z")]
    private static partial Regex DNS1123LabelRegex();

    [GeneratedRegex("^" + DNS1123SubdomainFmt + "\\z")]
    private static partial Regex DNS1123SubdomainRegex();

    [GeneratedRegex("^" + WildcardDNS1123SubdomainFmt + "\\z")]
    private static partial Regex WildcardDNS1123SubdomainRegex();

    [GeneratedRegex("^" + DNS1035LabelFmt + "\\z")]
    private static partial Regex DNS1035LabelRegex();

    [GeneratedRegex("^" + QualifiedNameFmt + "\\z")]
    private static partial Regex QualifiedNameRegex();

    [GeneratedRegex("^" + LabelValueFmt + "\\z")]
    private static partial Regex LabelValueRegex();

    [GeneratedRegex("^" + CIdentifierFmt + "\\z")]
    private static partial Regex CIdentifierRegex();

    [GeneratedRegex("^" + EnvVarNameFmt + "\\z")]
    private static partial Regex EnvVarNameRegex();

    [GeneratedRegex("^" + ConfigMapKeyFmt + "\\z")]
    private static partial Regex ConfigMapKeyRegex();

    [GeneratedRegex("^" + PercentFmt + "\\z")]
    private static partial Regex PercentRegex();

    [GeneratedRegex("^" + HttpHeaderNameFmt + "\\z")]
    private static partial Regex HttpHeaderNameRegex();

    [GeneratedRegex("^[-a-z0-9]+\\z")]
    private static partial Regex PortNameCharsetRegex();

    [GeneratedRegex("[a-z]")]
    private static partial Regex PortNameOneLetterRegex();

    /// <summary>A DNS (RFC 1123) label: namespace names, most names that become hostnames.</summary>
    public static List<string> IsDNS1123Label(string value)
    {
        var errors = new List<string>();
        if (Utf8Length(value) > DNS1123LabelMaxLength)
        {
            errors.Add(MaxLenError(DNS1123LabelMaxLength));
        }

        if (!DNS1123LabelRegex().IsMatch(value))
        {
            errors.Add(DNS1123SubdomainRegex().IsMatch(value)
                ? "must not contain dots"
                : RegexError(DNS1123LabelErrMsg, DNS1123LabelFmt, "my-name", "123-abc"));
        }

        return errors;
    }

    /// <summary>A DNS (RFC 1123) subdomain: the name rule of most kinds.</summary>
    public static List<string> IsDNS1123Subdomain(string value)
    {
        var errors = new List<string>();
        if (Utf8Length(value) > DNS1123SubdomainMaxLength)
        {
            errors.Add(MaxLenError(DNS1123SubdomainMaxLength));
        }

        if (!DNS1123SubdomainRegex().IsMatch(value))
        {
            errors.Add(RegexError(DNS1123SubdomainErrMsg, DNS1123SubdomainFmt, "example.com"));
        }

        return errors;
    }

    /// <summary>A host like <c>*.example.com</c> (upstream's IsWildcardDNS1123Subdomain).</summary>
    public static List<string> IsWildcardDNS1123Subdomain(string value)
    {
        var errors = new List<string>();
        if (Utf8Length(value) > DNS1123SubdomainMaxLength)
        {
            errors.Add(MaxLenError(DNS1123SubdomainMaxLength));
        }

        if (!WildcardDNS1123SubdomainRegex().IsMatch(value))
        {
            errors.Add(RegexError(WildcardDNS1123SubdomainErrMsg, WildcardDNS1123SubdomainFmt, "*.example.com"));
        }

        return errors;
    }

    /// <summary>A DNS (RFC 1035) label: Service names, port names that must start with a letter.</summary>
    public static List<string> IsDNS1035Label(string value)
    {
        var errors = new List<string>();
        if (Utf8Length(value) > DNS1035LabelMaxLength)
        {
            errors.Add(MaxLenError(DNS1035LabelMaxLength));
        }

        if (!DNS1035LabelRegex().IsMatch(value))
        {
            errors.Add(RegexError(DNS1035LabelErrMsg, DNS1035LabelFmt, "my-name", "abc-123"));
        }

        return errors;
    }

    /// <summary>A qualified name (label keys, annotation keys, finalizers): optional DNS subdomain prefix, '/', name.</summary>
    public static List<string> IsQualifiedName(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                var prefix = parts[0];
                name = parts[1];
                if (prefix.Length == 0)
                {
                    errors.Add("prefix part " + EmptyError());
                }
                else
                {
                    foreach (var message in IsDNS1123Subdomain(prefix))
                    {
                        errors.Add("prefix part " + message);
                    }
                }

                break;
            default:
                errors.Add("a qualified name " + RegexError(QualifiedNameErrMsg, QualifiedNameFmt, "MyName", "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errors;
        }

        if (name.Length == 0)
        {
            errors.Add("name part " + EmptyError());
        }
        else if (Utf8Length(name) > QualifiedNameMaxLength)
        {
            errors.Add("name part " + MaxLenError(QualifiedNameMaxLength));
        }

        if (!QualifiedNameRegex().IsMatch(name))
        {
            errors.Add("name part " + RegexError(QualifiedNameErrMsg, QualifiedNameFmt, "MyName", "my.name", "123-abc"));
        }

        return errors;
    }

    /// <summary>A label value: empty, or up to 63 alphanumerics with '-', '_', '.' inside.</summary>
    public static List<string> IsValidLabelValue(string value)
    {
        var errors = new List<string>();
        if (Utf8Length(value) > LabelValueMaxLength)
        {
            errors.Add(MaxLenError(LabelValueMaxLength));
        }

        if (!LabelValueRegex().IsMatch(value))
        {
            errors.Add(RegexError(LabelValueErrMsg, LabelValueFmt, "MyValue", "my_value", "12345"));
        }

        return errors;
    }

    public static List<string> IsCIdentifier(string value) =>
        CIdentifierRegex().IsMatch(value) ? [] : [RegexError(CIdentifierErrMsg, CIdentifierFmt, "my_name", "MY_NAME", "MyName")];

    /// <summary>A valid, non-zero port number.</summary>
    public static List<string> IsValidPortNum(long port) =>
        port is >= 1 and <= 65535 ? [] : [InclusiveRangeError(1, 65535)];

    public static List<string> IsInRange(long value, long min, long max) =>
        value >= min && value <= max ? [] : [InclusiveRangeError(min, max)];

    /// <summary>An IANA service name used as a port name (RFC 6335, lower case only).</summary>
    public static List<string> IsValidPortName(string port)
    {
        var errors = new List<string>();
        if (Utf8Length(port) > 15)
        {
            errors.Add(MaxLenError(15));
        }

        if (!PortNameCharsetRegex().IsMatch(port))
        {
            errors.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!PortNameOneLetterRegex().IsMatch(port))
        {
            errors.Add("must contain at least one letter (a-z)");
        }

        if (port.Contains("--", StringComparison.Ordinal))
        {
            errors.Add("must not contain consecutive hyphens");
        }

        if (port.Length > 0 && (port[0] == '-' || port[^1] == '-'))
        {
            errors.Add("must not begin or end with a hyphen");
        }

        return errors;
    }

    public static List<string> IsEnvVarName(string value)
    {
        var errors = new List<string>();
        if (!EnvVarNameRegex().IsMatch(value))
        {
            errors.Add(RegexError(EnvVarNameErrMsg, EnvVarNameFmt, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
        }

        errors.AddRange(HasChDirPrefix(value));
        return errors;
    }

    /// <summary>Environment variable names under the RelaxedEnvironmentVariableValidation rules (beta, on in 1.33).</summary>
    public static List<string> IsRelaxedEnvVarName(string value)
    {
        var errors = new List<string>();
        if (value.Length == 0)
        {
            errors.Add("environment variable name " + EmptyError());
        }

        foreach (var c in value)
        {
            if (c > 0x7f || c < 0x20 || c == 0x7f || c == '=')
            {
                errors.Add("a valid environment variable name must consist only of printable ASCII characters other than '='");
                break;
            }
        }

        return errors;
    }

    /// <summary>A ConfigMap or Secret data key.</summary>
    public static List<string> IsConfigMapKey(string value)
    {
        var errors = new List<string>();
        if (Utf8Length(value) > DNS1123SubdomainMaxLength)
        {
            errors.Add(MaxLenError(DNS1123SubdomainMaxLength));
        }

        if (!ConfigMapKeyRegex().IsMatch(value))
        {
            errors.Add(RegexError(ConfigMapKeyErrMsg, ConfigMapKeyFmt, "key.name", "KEY_NAME", "key-name"));
        }

        errors.AddRange(HasChDirPrefix(value));
        return errors;
    }

    public static List<string> IsValidPercent(string percent) =>
        PercentRegex().IsMatch(percent) ? [] : [RegexError(PercentErrMsg, PercentFmt, "1%", "93%")];

    public static List<string> IsHTTPHeaderName(string value) =>
        HttpHeaderNameRegex().IsMatch(value) ? [] : [RegexError(HttpHeaderNameErrMsg, HttpHeaderNameFmt, "X-Header-Name")];

    /// <summary>Names that become path segments of the REST API: not "." or "..", no '/' or '%'.</summary>
    public static List<string> IsValidPathSegmentName(string name)
    {
        if (name is "." or "..")
        {
            return [$"may not be '{name}'"];
        }

        return IsValidPathSegmentPrefix(name);
    }

    public static List<string> IsValidPathSegmentPrefix(string name)
    {
        var errors = new List<string>();
        foreach (var illegal in new[] { "/", "%" })
        {
            if (name.Contains(illegal, StringComparison.Ordinal))
            {
                errors.Add($"may not contain '{illegal}'");
            }
        }

        return errors;
    }

    public static string MaxLenError(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"must be no more than {length} characters");

    public static string EmptyError() => "must be non-empty";

    public static string InclusiveRangeError(long lo, long hi) =>
        string.Create(CultureInfo.InvariantCulture, $"must be between {lo} and {hi}, inclusive");

    /// <summary>
    /// Upstream's RegexError, including its quirk of a double space between examples
    /// (<c>(e.g. 'MyName',  or 'my.name', …</c>), which users see verbatim.
    /// </summary>
    public static string RegexError(string message, string format, params string[] examples)
    {
        if (examples.Length == 0)
        {
            return message + " (regex used for validation is '" + format + "')";
        }

        var text = message + " (e.g. ";
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                text += " or ";
            }

            text += "'" + examples[i] + "', ";
        }

        return text + "regex used for validation is '" + format + "')";
    }

    private static List<string> HasChDirPrefix(string value)
    {
        if (value == ".")
        {
            return ["must not be '.'"];
        }

        if (value == "..")
        {
            return ["must not be '..'"];
        }

        return value.StartsWith("..", StringComparison.Ordinal) ? ["must not start with '..'"] : [];
    }

    /// <summary>Go's len() of a string counts UTF-8 bytes; limits are checked the same way.</summary>
    internal static int Utf8Length(string value) => System.Text.Encoding.UTF8.GetByteCount(value);
}

namespace KubeSharp.Machinery.Validation;

/// <summary>
/// How names of each kind are checked (upstream's ValidateNameFunc family in apimachinery's
/// pkg/api/validation): most kinds use DNS subdomains, namespaces DNS labels, services DNS-1035 labels.
/// <c>prefix</c> is true for a generateName, which may end with a dash.
/// </summary>
public static class NameValidation
{
    public static List<string> NameIsDNSSubdomain(string name, bool prefix) =>
        Formats.IsDNS1123Subdomain(prefix ? MaskTrailingDash(name) : name);

    public static List<string> NameIsDNSLabel(string name, bool prefix) =>
        Formats.IsDNS1123Label(prefix ? MaskTrailingDash(name) : name);

    public static List<string> NameIsDNS1035Label(string name, bool prefix) =>
        Formats.IsDNS1035Label(prefix ? MaskTrailingDash(name) : name);

    /// <summary>Names only required to be safe path segments (e.g. RBAC objects).</summary>
    public static List<string> ValidatePathSegmentName(string name, bool prefix) =>
        prefix ? Formats.IsValidPathSegmentPrefix(name) : Formats.IsValidPathSegmentName(name);

    /// <summary>
    /// Upstream replaces a trailing dash of a generateName longer than one character before checking it; it
    /// also drops the character before the dash (<c>name[:len(name)-2] + "a"</c>), which this keeps for
    /// identical results. A lone "-" is checked as it is.
    /// </summary>
    private static string MaskTrailingDash(string name) =>
        name.Length > 1 && name.EndsWith('-') ? name[..^2] + "a" : name;
}

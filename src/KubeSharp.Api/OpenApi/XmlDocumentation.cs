using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// The &lt;summary&gt; of our types and properties from the compiler's XML documentation file next to the
/// assembly, as plain text: the descriptions <c>kubectl explain</c> prints. Missing file → no descriptions
/// (a single-file publish drops it; the schemas stay complete).
/// </summary>
public sealed class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocumentation(Dictionary<string, string> summaries) => _summaries = summaries;

    /// <summary>Documentation without any entries.</summary>
    public static XmlDocumentation Empty { get; } = new([]);

    /// <summary>Reads the XML file beside <paramref name="assembly"/>, or <see cref="Empty"/> when there is none or it is unreadable.</summary>
    public static XmlDocumentation For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var location = assembly.Location;
        if (location.Length == 0)
        {
            return Empty;
        }

        var path = Path.ChangeExtension(location, ".xml");
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception error) when (error is XmlException or IOException or UnauthorizedAccessException)
        {
            return Empty;
        }
    }

    /// <summary>Reads documentation XML text as the C# compiler writes it.</summary>
    /// <exception cref="XmlException">malformed XML.</exception>
    public static XmlDocumentation Parse(string xml)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in XDocument.Parse(xml).Descendants("member"))
        {
            var name = member.Attribute("name")?.Value;
            var summary = member.Element("summary");
            if (name is not null && summary is not null)
            {
                var text = Flatten(summary);
                if (text.Length > 0)
                {
                    summaries[name] = text;
                }
            }
        }

        return new XmlDocumentation(summaries);
    }

    /// <summary>The summary of a type, or null.</summary>
    public string? Of(Type type) => _summaries.GetValueOrDefault("T:" + Name(type));

    /// <summary>The summary of a property, or null.</summary>
    public string? Of(PropertyInfo property) =>
        property.DeclaringType is { } declaring ? _summaries.GetValueOrDefault("P:" + Name(declaring) + "." + property.Name) : null;

    private static string Name(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition().FullName : type.FullName)?.Replace('+', '.') ?? type.Name;

    /// <summary>Text with &lt;c&gt; unwrapped, &lt;see cref&gt; as the short name, whitespace runs as one space.</summary>
    private static string Flatten(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            switch (node)
            {
                case XText run:
                    text.Append(run.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" or "paramref" or "typeparamref" } reference when !reference.Nodes().Any():
                    var target = reference.Attribute("cref")?.Value ?? reference.Attribute("name")?.Value ?? reference.Attribute("langword")?.Value ?? "";
                    text.Append(target[(target.LastIndexOf('.') + 1)..]);
                    break;
            }
        }

        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var character in text.ToString())
        {
            if (char.IsWhiteSpace(character))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(character);
        }

        return collapsed.ToString();
    }
}

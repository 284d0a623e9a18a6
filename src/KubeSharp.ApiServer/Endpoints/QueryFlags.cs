using Microsoft.Extensions.Primitives;

namespace KubeSharp.ApiServer.Endpoints;

/// <summary>Query-parameter parsing with upstream's conversion rules.</summary>
public static class QueryFlags
{
    /// <summary>
    /// A boolean parameter is true for any value except empty, <c>0</c> and <c>false</c>, as upstream's
    /// <c>Convert_Slice_string_To_bool</c>; the first value counts.
    /// </summary>
    public static bool IsTrue(StringValues values)
    {
        if (values.Count == 0)
        {
            return false;
        }

        var value = values[0];
        return !string.IsNullOrEmpty(value) && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}

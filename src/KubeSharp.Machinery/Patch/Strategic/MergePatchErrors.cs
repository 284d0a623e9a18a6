using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Patch.Strategic;

/// <summary>
/// Upstream's <c>k8s.io/apimachinery/pkg/util/mergepatch</c> errors, with the status each one gets from the
/// API server's patch handler (interpretStrategicMergePatchError).
/// </summary>
internal static class MergePatchErrors
{
    public const string BadJsonDoc = "invalid JSON document";
    public const string NoListOfLists = "lists of lists are not supported";
    public const string BadPatchFormatForPrimitiveList = "invalid patch format of primitive list";
    public const string BadPatchFormatForRetainKeys = "invalid patch format of retainKeys";
    public const string BadPatchFormatForSetElementOrderList = "invalid patch format of setElementOrder list";
    public const string PatchContentNotMatchRetainKeys = "patch content doesn't match retainKeys list";
    public const string UnsupportedStrategicMergePatchFormat = "strategic merge patch format is not supported";

    public static PatchException BadRequest(string message) => new(message, PatchErrorKind.BadRequest);

    public static PatchException Unprocessable(string message) => new(message, PatchErrorKind.Unprocessable);

    public static PatchException Internal(string message) => new(message, PatchErrorKind.Internal);

    public static PatchException NoMergeKey(Dictionary<string, object?>? map, string key) =>
        Internal($"map: {JsonTree.GoString(map ?? [])} does not contain declared merge key: {key}");

    /// <summary>ErrBadArgType: what was expected and what arrived, as Go type names.</summary>
    public static PatchException BadArgType(string expectedGoType, object? actual) =>
        Internal($"expected a {expectedGoType}, but received a {JsonTree.GoTypeName(actual)}");

    public static PatchException BadPatchType(object? directive, Dictionary<string, object?> map) =>
        Internal($"unknown patch type: {GoPercentS(directive)} in map: {JsonTree.GoString(map)}");

    /// <summary>Go's <c>%s</c> verb: strings as is, anything else flagged as a bad verb.</summary>
    public static string GoPercentS(object? value) => value switch
    {
        string s => s,
        null => "%!s(<nil>)",
        Dictionary<string, object?> or List<object?> => JsonTree.GoString(value),
        _ => $"%!s({JsonTree.GoTypeName(value)}={JsonTree.GoString(value)})",
    };
}

namespace KubeSharp.Runtime.Internal;

/// <summary>Device numbers of a host device node, from <c>/sys/dev</c>-independent <c>stat</c> output.</summary>
internal static class DeviceInfo
{
    public static (string Type, long Major, long Minor) Of(string path)
    {
        // .NET has no stat with st_rdev; coreutils' stat prints it (hex major/minor).
        var result = CommandRunner.RunAsync("stat", ["-L", "-c", "%F %t %T", path]).GetAwaiter().GetResult();
        var parts = result.StdoutText.Trim().Split(' ');
        if (result.ExitCode != 0 || parts.Length < 4)
        {
            throw RuntimeException.InvalidArgument($"cannot stat device \"{path}\"");
        }

        var type = parts[0] == "character" ? "c" : parts[0] == "block" ? "b" : throw RuntimeException.InvalidArgument($"\"{path}\" is not a device");
        return (type, Convert.ToInt64(parts[^2], 16), Convert.ToInt64(parts[^1], 16));
    }
}

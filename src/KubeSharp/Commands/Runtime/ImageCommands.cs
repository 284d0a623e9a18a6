using System.CommandLine;
using KubeSharp.Runtime;

namespace KubeSharp.Commands.Runtime;

/// <summary><c>pull</c>, <c>images</c>, <c>rmi</c>, <c>import</c>.</summary>
internal static class ImageCommands
{
    public static IEnumerable<Command> Create()
    {
        var image = new Argument<string>("image") { Description = "Image reference (name[:tag] or name@digest)" };
        var creds = new Option<string?>("--creds") { Description = "Registry credentials as USER:PASSWORD" };
        var pull = new Command("pull", "Pull an image from a registry") { image, creds };
        pull.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            AuthConfig? auth = null;
            if (result.GetValue(creds) is { } value)
            {
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                auth = colon < 0 ? new AuthConfig { Username = value } : new AuthConfig { Username = value[..colon], Password = value[(colon + 1)..] };
            }

            var id = await runtime.PullImageAsync(new ImageSpec(result.GetValue(image)!), auth, cancellationToken: ct);
            await output.WriteLineAsync($"Image is up to date for {id}");
            return 0;
        });

        var images = new Command("images", "List images");
        images.SetRuntimeAction(async (_, runtime, output, ct) =>
        {
            await output.WriteLineAsync($"{"IMAGE",-50} {"TAG",-12} {"IMAGE ID",-15} {"SIZE",10}");
            foreach (var i in await runtime.ListImagesAsync(cancellationToken: ct))
            {
                var names = i.RepoTags.Count > 0 ? i.RepoTags : [i.RepoDigests.Count > 0 ? i.RepoDigests[0].Split('@')[0] + ":<none>" : "<none>:<none>"];
                foreach (var name in names)
                {
                    var colon = name.LastIndexOf(':');
                    await output.WriteLineAsync($"{name[..colon],-50} {name[(colon + 1)..],-12} {i.Id[7..20],-15} {i.Size / 1024.0 / 1024.0,8:F1}MB");
                }
            }

            return 0;
        });

        var target = new Argument<string[]>("image") { Description = "Image references or IDs", Arity = ArgumentArity.OneOrMore };
        var rmi = new Command("rmi", "Remove images") { target };
        rmi.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            foreach (var name in result.GetValue(target)!)
            {
                await runtime.RemoveImageAsync(new ImageSpec(name), ct);
                await output.WriteLineAsync($"Deleted: {name}");
            }

            return 0;
        });

        var archive = new Argument<string>("path") { Description = "OCI layout directory, or an OCI/docker-save tarball (.tar, .tar.gz, .tar.zst)" };
        var import = new Command("import", "Import images from an OCI layout or a docker save archive") { archive };
        import.SetRuntimeAction(async (result, runtime, output, ct) =>
        {
            foreach (var id in await new KubeSharp.Runtime.Images.ImageImporter(runtime.Images, TimeProvider.System).ImportAsync(result.GetValue(archive)!, ct))
            {
                await output.WriteLineAsync($"Imported {id}");
            }

            return 0;
        });

        return [pull, images, rmi, import];
    }
}

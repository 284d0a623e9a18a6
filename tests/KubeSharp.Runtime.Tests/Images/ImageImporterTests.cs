using KubeSharp.Runtime.Images;
using KubeSharp.Testing;
using KubeSharp.Testing.Images;
using KubeSharp.Testing.Network;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Runtime.Tests.Images;

public sealed class ImageImporterTests : IDisposable
{
    private readonly TempDirectory _root = new("kubesharp-import");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task ImportAsync_OciLayoutDirectory_NamedFromRefNameAnnotation()
    {
        var image = TestImage.Busybox().WriteOciLayout(_root.Combine("layout"), "example.com/team/busybox:1.0");
        using var service = NewService();

        var ids = await new ImageImporter(service, TimeProvider.System).ImportAsync(image.LayoutDirectory);
        var status = await service.ImageStatusAsync(new ImageSpec("example.com/team/busybox:1.0"));

        Assert.Equal([image.ConfigDigest], ids);
        Assert.Equal(image.ConfigDigest, status.Image!.Id);
        Assert.Equal(["example.com/team/busybox:1.0"], status.Image.RepoTags);
        Assert.Equal([$"example.com/team/busybox@{image.ManifestDigest}"], status.Image.RepoDigests);
        AssertBusyboxRoot(service, ids[0]);
    }

    [Fact]
    public async Task ImportDirectoryAsync_DockerSaveAndOciTarballs_BothImported()
    {
        var images = _root.Combine("images");
        Directory.CreateDirectory(images);
        var layout = TestImage.Busybox().WriteOciLayout(_root.Combine("layout"), "busybox");
        var archive = Path.Combine(images, "saved.tar");
        await RunAsync("/usr/bin/skopeo", "--insecure-policy", "copy", $"oci:{layout.LayoutDirectory}:busybox", $"docker-archive:{archive}:example.com/saved/busybox:2.0");
        var ociTree = _root.Combine("oci-tree");
        // A different config (working directory) makes it a different image over the same layer.
        new TestImage { WorkingDir = "/tmp" }.Layer(TestLayer.Busybox()).WriteOciLayout(ociTree, "example.com/oci/busybox:3.0");
        await RunAsync("tar", "-C", ociTree, "-czf", Path.Combine(images, "oci.tar.gz"), ".");
        File.WriteAllText(Path.Combine(images, "README.txt"), "not an image");
        using var service = NewService();

        var ids = await new ImageImporter(service, TimeProvider.System).ImportDirectoryAsync(images);
        var saved = await service.ImageStatusAsync(new ImageSpec("example.com/saved/busybox:2.0"));
        var oci = await service.ImageStatusAsync(new ImageSpec("example.com/oci/busybox:3.0"));

        Assert.Equal(2, ids.Distinct().Count());
        Assert.Equal(["example.com/saved/busybox:2.0"], saved.Image!.RepoTags);
        Assert.Empty(saved.Image.RepoDigests);
        Assert.Equal(["example.com/oci/busybox:3.0"], oci.Image!.RepoTags);
        AssertBusyboxRoot(service, saved.Image.Id);
        AssertBusyboxRoot(service, oci.Image.Id);
    }

    [Fact]
    public async Task ImportAsync_NeitherLayoutNorArchive_InvalidArgument()
    {
        var directory = _root.Combine("empty");
        Directory.CreateDirectory(directory);
        using var service = NewService();

        var error = await Assert.ThrowsAsync<RuntimeException>(() => new ImageImporter(service, TimeProvider.System).ImportAsync(directory));

        Assert.Equal(RuntimeErrorCode.InvalidArgument, error.Code);
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(file, arguments, timeout: TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"{file} failed: {result}");
    }

    private void AssertBusyboxRoot(ImageService service, string id)
    {
        var record = service.Images.Get(id)!;
        var container = _root.Combine("c-" + Digests.Hex(id)[..12]);
        var rootfs = Path.Combine(container, "rootfs");
        service.Snapshots.MountOverlay(record.ChainIds, container, rootfs);
        try
        {
            Assert.True(File.Exists(Path.Combine(rootfs, "bin", "busybox")));
        }
        finally
        {
            HostCleanup.UnmountUnder(rootfs);
        }
    }

    private ImageService NewService() =>
        new(new ImageServiceOptions { Root = _root.Combine("root") }, TimeProvider.System, NullLoggerFactory.Instance);
}

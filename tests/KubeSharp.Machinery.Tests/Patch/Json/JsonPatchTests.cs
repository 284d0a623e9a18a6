using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Patch.Json;

namespace KubeSharp.Machinery.Tests.Patch.Json;

public class JsonPatchTests
{
    // RFC 6902 Appendix A, the examples that succeed.
    [Theory]
    [InlineData("A.1 adding an object member", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\"}]", "{\"baz\":\"qux\",\"foo\":\"bar\"}")]
    [InlineData("A.2 adding an array element", "{\"foo\":[\"bar\",\"baz\"]}", "[{\"op\":\"add\",\"path\":\"/foo/1\",\"value\":\"qux\"}]", "{\"foo\":[\"bar\",\"qux\",\"baz\"]}")]
    [InlineData("A.3 removing an object member", "{\"baz\":\"qux\",\"foo\":\"bar\"}", "[{\"op\":\"remove\",\"path\":\"/baz\"}]", "{\"foo\":\"bar\"}")]
    [InlineData("A.4 removing an array element", "{\"foo\":[\"bar\",\"qux\",\"baz\"]}", "[{\"op\":\"remove\",\"path\":\"/foo/1\"}]", "{\"foo\":[\"bar\",\"baz\"]}")]
    [InlineData("A.5 replacing a value", "{\"baz\":\"qux\",\"foo\":\"bar\"}", "[{\"op\":\"replace\",\"path\":\"/baz\",\"value\":\"boo\"}]", "{\"baz\":\"boo\",\"foo\":\"bar\"}")]
    [InlineData("A.6 moving a value", "{\"foo\":{\"bar\":\"baz\",\"waldo\":\"fred\"},\"qux\":{\"corge\":\"grault\"}}", "[{\"op\":\"move\",\"from\":\"/foo/waldo\",\"path\":\"/qux/thud\"}]", "{\"foo\":{\"bar\":\"baz\"},\"qux\":{\"corge\":\"grault\",\"thud\":\"fred\"}}")]
    [InlineData("A.7 moving an array element", "{\"foo\":[\"all\",\"grass\",\"cows\",\"eat\"]}", "[{\"op\":\"move\",\"from\":\"/foo/1\",\"path\":\"/foo/3\"}]", "{\"foo\":[\"all\",\"cows\",\"eat\",\"grass\"]}")]
    [InlineData("A.8 testing a value: success", "{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}", "[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"qux\"},{\"op\":\"test\",\"path\":\"/foo/1\",\"value\":2}]", "{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}")]
    [InlineData("A.10 adding a nested member object", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/child\",\"value\":{\"grandchild\":{}}}]", "{\"foo\":\"bar\",\"child\":{\"grandchild\":{}}}")]
    [InlineData("A.11 ignoring unrecognized elements", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"xyz\":123}]", "{\"foo\":\"bar\",\"baz\":\"qux\"}")]
    [InlineData("A.14 ~ escape ordering", "{\"/\":9,\"~1\":10}", "[{\"op\":\"test\",\"path\":\"/~01\",\"value\":10}]", "{\"/\":9,\"~1\":10}")]
    [InlineData("A.16 adding an array value", "{\"foo\":[\"bar\"]}", "[{\"op\":\"add\",\"path\":\"/foo/-\",\"value\":[\"abc\",\"def\"]}]", "{\"foo\":[\"bar\",[\"abc\",\"def\"]]}")]
    [InlineData("copy a member", "{\"a\":{\"b\":1}}", "[{\"op\":\"copy\",\"from\":\"/a\",\"path\":\"/c\"}]", "{\"a\":{\"b\":1},\"c\":{\"b\":1}}")]
    [InlineData("~1 addresses a slash in a key", "{\"metadata\":{\"labels\":{}}}", "[{\"op\":\"add\",\"path\":\"/metadata/labels/app.kubernetes.io~1name\",\"value\":\"web\"}]", "{\"metadata\":{\"labels\":{\"app.kubernetes.io/name\":\"web\"}}}")]
    [InlineData("negative index counts from the end", "{\"a\":[1,2,3]}", "[{\"op\":\"remove\",\"path\":\"/a/-1\"}]", "{\"a\":[1,2]}")]
    [InlineData("add at the end index appends", "{\"a\":[1]}", "[{\"op\":\"add\",\"path\":\"/a/1\",\"value\":2}]", "{\"a\":[1,2]}")]
    [InlineData("replace a container image", "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"nginx:1.18\"}]}}", "[{\"op\":\"replace\",\"path\":\"/spec/containers/0/image\",\"value\":\"nginx:1.19\"}]", "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"nginx:1.19\"}]}}")]
    [InlineData("test null against a missing member", "{\"a\":1}", "[{\"op\":\"test\",\"path\":\"/b\",\"value\":null}]", "{\"a\":1}")]
    [InlineData("replace the whole document", "{\"a\":1}", "[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"b\":2}}]", "{\"b\":2}")]
    public void Apply_ValidPatch_ProducesExpectedDocument(string name, string document, string patch, string expected)
    {
        _ = name;
        var result = JsonPatch.Apply(JsonAssert.Parse(document), Encoding.UTF8.GetBytes(patch));

        JsonAssert.Equal(expected, result);
    }

    // RFC 6902 Appendix A's failing examples and the library's other failures, with its messages.
    [Theory]
    [InlineData("A.9 testing a value: error", "{\"baz\":\"qux\"}", "[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"bar\"}]", "testing value /baz failed: test failed")]
    [InlineData("A.12 adding to a nonexistent target", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/baz/bat\",\"value\":\"qux\"}]", "add operation does not apply: doc is missing path: \"/baz/bat\": missing value")]
    [InlineData("A.13 invalid patch document (last op wins)", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\",\"op\":\"remove\"}]", "error in remove for path: '/baz': Unable to remove nonexistent key: baz: missing value")]
    [InlineData("A.15 comparing strings and numbers", "{\"/\":9,\"~1\":10}", "[{\"op\":\"test\",\"path\":\"/~01\",\"value\":\"10\"}]", "testing value /~01 failed: test failed")]
    [InlineData("remove out of range", "{\"a\":[1]}", "[{\"op\":\"remove\",\"path\":\"/a/5\"}]", "error in remove for path: '/a/5': Unable to access invalid index: 5: invalid index referenced")]
    [InlineData("add past the end", "{\"a\":[1]}", "[{\"op\":\"add\",\"path\":\"/a/3\",\"value\":2}]", "error in add for path: '/a/3': Unable to access invalid index: 3: invalid index referenced")]
    [InlineData("add with a non-numeric index", "{\"a\":[1]}", "[{\"op\":\"add\",\"path\":\"/a/x\",\"value\":2}]", "error in add for path: '/a/x': value was not a proper array index: 'x': strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("replace a missing member", "{\"a\":1}", "[{\"op\":\"replace\",\"path\":\"/b\",\"value\":2}]", "replace operation does not apply: doc is missing key: /b: missing value")]
    [InlineData("replace under a missing parent", "{\"a\":1}", "[{\"op\":\"replace\",\"path\":\"/b/c\",\"value\":2}]", "replace operation does not apply: doc is missing path: /b/c: missing value")]
    [InlineData("move from a missing parent", "{\"a\":1}", "[{\"op\":\"move\",\"from\":\"/x/y\",\"path\":\"/b\"}]", "move operation does not apply: doc is missing from path: /x/y: missing value")]
    [InlineData("move into its own child", "{\"a\":{\"b\":1}}", "[{\"op\":\"move\",\"from\":\"/a\",\"path\":\"/a/c\"}]", "move operation does not apply: doc is missing destination path: /a/c: missing value")]
    [InlineData("unknown operation", "{\"a\":1}", "[{\"op\":\"frobnicate\",\"path\":\"/a\"}]", "Unexpected kind: frobnicate")]
    [InlineData("missing op", "{\"a\":1}", "[{\"path\":\"/a\"}]", "Unexpected kind: unknown")]
    [InlineData("missing path", "{\"a\":1}", "[{\"op\":\"add\",\"value\":1}]", "add operation failed to decode path: missing value")]
    [InlineData("missing from", "{\"a\":1}", "[{\"op\":\"copy\",\"path\":\"/b\"}]", "copy operation failed to decode from: operation, missing from field: missing value")]
    [InlineData("test on missing parent", "{\"a\":1}", "[{\"op\":\"test\",\"path\":\"/x/y\",\"value\":1}]", "test operation does not apply: is missing path: /x/y: missing value")]
    public void Apply_FailingPatch_ThrowsUpstreamMessage(string name, string document, string patch, string message)
    {
        _ = name;
        var error = Assert.Throws<PatchException>(() => JsonPatch.Apply(JsonAssert.Parse(document), Encoding.UTF8.GetBytes(patch)));

        Assert.Equal(message, error.Message);
        Assert.Equal(PatchErrorKind.Unprocessable, error.Kind);
    }

    [Fact]
    public void Apply_FailingLaterOperation_LeavesInputUnchanged()
    {
        var document = JsonAssert.Parse("{\"a\":1}");

        Assert.Throws<PatchException>(() => JsonPatch.Apply(document, "[{\"op\":\"add\",\"path\":\"/b\",\"value\":2},{\"op\":\"test\",\"path\":\"/a\",\"value\":3}]"u8));

        JsonAssert.Equal("{\"a\":1}", document);
    }

    [Theory]
    [InlineData("{\"op\":\"add\"}", "json: cannot unmarshal object into Go value of type jsonpatch.Patch")]
    [InlineData("[1]", "json: cannot unmarshal array into Go value of type jsonpatch.Operation")]
    [InlineData("\"x\"", "json: cannot unmarshal string into Go value of type jsonpatch.Patch")]
    public void Decode_NotAnArrayOfOperations_IsBadRequest(string patch, string message)
    {
        var error = Assert.Throws<PatchException>(() => JsonPatch.Decode(Encoding.UTF8.GetBytes(patch)));

        Assert.Equal(message, error.Message);
        Assert.Equal(PatchErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public void Decode_InvalidJson_IsBadRequest()
    {
        var error = Assert.Throws<PatchException>(() => JsonPatch.Decode("[{"u8));

        Assert.Equal(PatchErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public void Apply_Copy_IsIndependentOfSource()
    {
        var result = JsonPatch.Apply(
            JsonAssert.Parse("{\"a\":{\"b\":1}}"),
            "[{\"op\":\"copy\",\"from\":\"/a\",\"path\":\"/c\"},{\"op\":\"replace\",\"path\":\"/c/b\",\"value\":2}]"u8);

        JsonAssert.Equal("{\"a\":{\"b\":1},\"c\":{\"b\":2}}", result);
        Assert.IsType<JsonObject>(result);
    }
}

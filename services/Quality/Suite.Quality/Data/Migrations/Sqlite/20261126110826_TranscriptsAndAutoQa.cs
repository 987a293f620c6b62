using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Quality.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TranscriptsAndAutoQa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutoQaSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GreetingPhrases = table.Column<string>(type: "TEXT", nullable: false),
                    ClosingPhrases = table.Column<string>(type: "TEXT", nullable: false),
                    AbusePhrases = table.Column<string>(type: "TEXT", nullable: false),
                    OffPlatformPhrases = table.Column<string>(type: "TEXT", nullable: false),
                    AbsoluteAdvertisingPhrases = table.Column<string>(type: "TEXT", nullable: false),
                    DetectContactDetails = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResponseThresholdSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutoQaSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Csat = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IngestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "REAL", nullable: true),
                    AverageResponseSeconds = table.Column<double>(type: "REAL", nullable: true),
                    ResponseThresholdSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerBlocks = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredBlocks = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredWithinThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    UnansweredBlocks = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerMessages = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentMessages = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionAnswerRatio = table.Column<double>(type: "REAL", nullable: true),
                    GreetingPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosingPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    FlaggedForReview = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationMessages",
                columns: table => new
                {
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationMessages", x => new { x.ConversationId, x.Index });
                    table.ForeignKey(
                        name: "FK_ConversationMessages_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversationRedLineHits",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MatchedText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationRedLineHits", x => new { x.ConversationId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ConversationRedLineHits_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AutoQaSettings_TenantId",
                table: "AutoQaSettings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId",
                table: "Conversations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_AgentId_StartedAt",
                table: "Conversations",
                columns: new[] { "TenantId", "AgentId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_ExternalId",
                table: "Conversations",
                columns: new[] { "TenantId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_FlaggedForReview_StartedAt",
                table: "Conversations",
                columns: new[] { "TenantId", "FlaggedForReview", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutoQaSettings");

            migrationBuilder.DropTable(
                name: "ConversationMessages");

            migrationBuilder.DropTable(
                name: "ConversationRedLineHits");

            migrationBuilder.DropTable(
                name: "Conversations");
        }
    }
}

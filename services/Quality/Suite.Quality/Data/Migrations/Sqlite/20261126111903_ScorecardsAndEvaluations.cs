using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Quality.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScorecardsAndEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScorecardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    AutoFailed = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailedCriticalCriteria = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DisputeReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DisputedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ScoreBeforeReview = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scorecards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StoreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scorecards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_TenantId",
                table: "Evaluations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_TenantId_AgentId_CompletedAt",
                table: "Evaluations",
                columns: new[] { "TenantId", "AgentId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_TenantId_ConversationId",
                table: "Evaluations",
                columns: new[] { "TenantId", "ConversationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_TenantId_Status",
                table: "Evaluations",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_TenantId",
                table: "Scorecards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_TenantId_Key_Version",
                table: "Scorecards",
                columns: new[] { "TenantId", "Key", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "Scorecards");
        }
    }
}

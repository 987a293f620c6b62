using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Demand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandIntervals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QueueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedContacts = table.Column<double>(type: "REAL", nullable: false),
                    AhtSeconds = table.Column<double>(type: "REAL", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandIntervals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandIntervals_Queues_QueueId",
                        column: x => x.QueueId,
                        principalTable: "Queues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandIntervals_QueueId",
                table: "DemandIntervals",
                column: "QueueId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandIntervals_TenantId",
                table: "DemandIntervals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandIntervals_TenantId_QueueId_Start",
                table: "DemandIntervals",
                columns: new[] { "TenantId", "QueueId", "Start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandIntervals");
        }
    }
}
